using System.Net;
using ShopwareSync.Sandbox.Faults;
using ShopwareSync.Sandbox.Hosting;

namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>Configuration is validated when the sandbox starts, not on the first request.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class SandboxStartupTests
{
    [Test]
    public void Start_AccessKeyWithoutIntegrationPrefix_DoesNotStart()
    {
        using var factory = new SandboxFactory(new Dictionary<string, string?> { ["Sandbox:IntegrationAccessKeyId"] = "ABCD123" });

        // Program.Main reports the validation failure and ends, so the factory only sees a host that is gone.
        Assert.That(() => factory.CreateClient(), Throws.Exception);
    }

    [Test]
    public void Validate_AccessKeyWithoutIntegrationPrefix_FailsNamingTheSetting()
    {
        var options = new SandboxOptions { IntegrationAccessKeyId = "ABCD123" };

        var result = new SandboxOptionsValidator().Validate(null, options);

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("IntegrationAccessKeyId"));
    }

    [Test]
    public void Validate_ServiceUnavailableRatioAboveOne_FailsNamingTheSetting()
    {
        var options = new SandboxOptions { Faults = new SandboxFaultOptions { ServiceUnavailableRatio = 1.5 } };

        var result = new SandboxOptionsValidator().Validate(null, options);

        Assert.That(result.Failed, Is.True);
        Assert.That(result.FailureMessage, Does.Contain("ServiceUnavailableRatio"));
    }

    [Test]
    public void Validate_Defaults_Succeed()
    {
        var result = new SandboxOptionsValidator().Validate(null, new SandboxOptions());

        Assert.That(result.Succeeded, Is.True, result.FailureMessage);
    }

    [Test]
    public async Task Version_ConfiguredShopwareVersion_IsAnswered()
    {
        using var factory = new SandboxFactory(new Dictionary<string, string?> { ["Sandbox:ShopwareVersion"] = "6.7.10.1" });
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var answer = await client.GetAsync("/api/_info/version");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Body!["version"]!.GetValue<string>(), Is.EqualTo("6.7.10.1"));
    }
}
