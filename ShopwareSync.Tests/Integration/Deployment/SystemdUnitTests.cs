using ShopwareSync.Tests.Infrastructure;

namespace ShopwareSync.Tests.Integration.Deployment;

/// <summary>
/// deploy/systemd/shopware-sync.service passes systemd-analyze verify without a word. verify exits 0 on unknown
/// keys and bad values and only prints them, so any output fails; and it fails when ExecStart's program is
/// missing, so the unit is rendered with this machine's dotnet in place of /usr/bin/dotnet.
/// </summary>
[TestFixture]
public sealed class SystemdUnitTests
{
    private const string InstalledDotnet = "/usr/bin/dotnet";

    private string _directory = null!;

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("shopwaresync-systemd-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    [Test]
    public async Task Verify_Unit_PrintsNothing()
    {
        var unit = await RenderAsync(await File.ReadAllTextAsync(DeploymentFiles.SystemdUnit));

        var output = await VerifyAsync(unit);

        Assert.That(output, Is.Empty);
    }

    [Test]
    public async Task Verify_UnitWithAKeyInTheWrongSection_IsReported()
    {
        // The check itself: a mistake that verify only warns about (exit code 0) must still be caught.
        var text = await File.ReadAllTextAsync(DeploymentFiles.SystemdUnit);
        var unit = await RenderAsync(text.Replace("[Service]", "[Service]\nStartLimitIntervalSec=0", StringComparison.Ordinal));

        var output = await VerifyAsync(unit);

        Assert.That(output, Does.Contain("Unknown key 'StartLimitIntervalSec' in section [Service]"));
    }

    [Test]
    public async Task Verify_UnitWithABadValue_IsReported()
    {
        var text = await File.ReadAllTextAsync(DeploymentFiles.SystemdUnit);
        var unit = await RenderAsync(text.Replace("Restart=on-failure", "Restart=sometimes", StringComparison.Ordinal));

        var output = await VerifyAsync(unit);

        Assert.That(output, Does.Contain("sometimes"));
    }

    [Test]
    public async Task Unit_Service_IsANotifyServiceOfItsOwnUserWithSettingsFromAFile()
    {
        var settings = ServiceSettings(await File.ReadAllLinesAsync(DeploymentFiles.SystemdUnit));

        Assert.That(settings["Type"], Is.EqualTo(new[] { "notify" }));
        Assert.That(settings["User"].Single(), Is.Not.EqualTo("root").And.Not.Empty);
        Assert.That(settings["EnvironmentFile"].Single(), Does.StartWith("/etc/"));
        Assert.That(settings["Restart"], Is.EqualTo(new[] { "on-failure" }));
        Assert.That(settings["ExecStart"].Single(), Does.EndWith("shopware-sync.dll"));
        Assert.That(settings.ContainsKey("Environment"), Is.False, "settings, secrets included, belong in the EnvironmentFile");
    }

    [TestCase("NoNewPrivileges", "yes")]
    [TestCase("ProtectSystem", "strict")]
    [TestCase("ProtectHome", "yes")]
    [TestCase("PrivateTmp", "yes")]
    [TestCase("PrivateDevices", "yes")]
    [TestCase("CapabilityBoundingSet", "")]
    public async Task Unit_Hardening_IsSet(string key, string value)
    {
        var settings = ServiceSettings(await File.ReadAllLinesAsync(DeploymentFiles.SystemdUnit));

        Assert.That(settings.GetValueOrDefault(key), Is.EqualTo(new[] { value }));
    }

    private async Task<string> RenderAsync(string unit)
    {
        Assert.That(unit, Does.Contain("ExecStart=" + InstalledDotnet + " "));
        var dotnet = DeploymentFiles.Tool("dotnet");
        var path = Path.Combine(_directory, "shopware-sync.service");
        await File.WriteAllTextAsync(path, unit.Replace(InstalledDotnet + " ", dotnet + " ", StringComparison.Ordinal));
        return path;
    }

    private static async Task<string> VerifyAsync(string unit)
    {
        // --man=no: the Documentation= check would otherwise open man pages that may not be installed.
        var output = await ExternalProcess.RunAsync(DeploymentFiles.Tool("systemd-analyze"), ["verify", "--man=no", unit], TimeSpan.FromMinutes(1));
        return output.Trim();
    }

    private static Dictionary<string, List<string>> ServiceSettings(IEnumerable<string> lines)
    {
        var settings = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var section = "";
        foreach (var line in lines.Select(line => line.Trim()).Where(line => line.Length > 0 && !line.StartsWith('#')))
        {
            if (line.StartsWith('['))
            {
                section = line;
                continue;
            }
            if (section != "[Service]")
                continue;
            var separator = line.IndexOf('=', StringComparison.Ordinal);
            var key = line[..separator];
            if (!settings.TryGetValue(key, out var values))
                settings[key] = values = [];
            values.Add(line[(separator + 1)..]);
        }
        return settings;
    }
}
