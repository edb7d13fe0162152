using System.Net;
using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Shopware;

/// <summary>The test rig's sandbox answers over a real loopback socket.</summary>
[TestFixture]
public sealed class SandboxServerTests
{
    [Test]
    public async Task StartAsync_ListensOnLoopback_AndAnswersTheTokenRoute()
    {
        await using var sandbox = await SandboxServer.StartAsync();
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };

        using var body = new StringContent(
            $$"""{"grant_type":"client_credentials","client_id":"{{SandboxServer.AccessKeyId}}","client_secret":"{{SandboxServer.SecretAccessKey}}"}""",
            System.Text.Encoding.UTF8, "application/json");
        var response = await http.PostAsync(new Uri("/api/oauth/token", UriKind.Relative), body);

        Assert.That(sandbox.BaseAddress.Host, Is.EqualTo("127.0.0.1"));
        Assert.That(sandbox.BaseAddress.Port, Is.GreaterThan(0));
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
    }
}
