using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration;

/// <summary>Starts one PostgreSQL server for all integration tests of the run, and stops it after them.</summary>
[SetUpFixture]
public sealed class IntegrationSetUp
{
    [OneTimeSetUp]
    public Task StartPostgresAsync() => DatabaseFixture.StartAsync();

    [OneTimeTearDown]
    public Task StopPostgresAsync() => DatabaseFixture.StopAsync();
}
