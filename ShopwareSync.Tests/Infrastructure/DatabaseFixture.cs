namespace ShopwareSync.Tests.Infrastructure;

/// <summary>The run's PostgreSQL server and templates, started by the integration tests' set-up.</summary>
internal static class DatabaseFixture
{
    private static DatabaseTemplates? _templates;

    public static DatabaseTemplates Templates =>
        _templates ?? throw new InvalidOperationException("The PostgreSQL test server is not running: integration tests must live under namespace ShopwareSync.Tests.Integration.");

    public static async Task StartAsync()
    {
        var server = await PostgresServer.StartAsync();
        _templates = await DatabaseTemplates.CreateAsync(server);
    }

    public static async Task StopAsync()
    {
        if (_templates is null)
            return;
        await _templates.DropAsync();
        await _templates.Server.DisposeAsync();
        _templates = null;
    }
}
