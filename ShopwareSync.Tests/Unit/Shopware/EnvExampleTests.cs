using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using ShopwareSync.Core.Database;
using ShopwareSync.Core.Shopware;
using ShopwareSync.Core.Sync;

namespace ShopwareSync.Tests.Unit.Shopware;

/// <summary>.env.example and docs/setup.md list every setting of the worker, and the example binds and validates.</summary>
public class EnvExampleTests
{
    private static string RepositoryFile(string name)
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, name);
            if (File.Exists(path) && File.Exists(Path.Combine(dir.FullName, "ShopwareSync.sln")))
                return path;
        }

        throw new FileNotFoundException($"{name} not found above the test directory.");
    }

    private static Dictionary<string, string?> ExampleVariables() =>
        File.ReadAllLines(RepositoryFile(".env.example"))
            .Select(l => l.Trim().TrimStart('#'))
            .Where(l => SectionPrefixes.Any(prefix => l.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(l => l.Split('=', 2))
            .ToDictionary(p => p[0], p => (string?)p[1]);

    private static readonly string[] SectionPrefixes = ["Shopware__", "Database__", "Sync__"];

    private static IEnumerable<string> ShopwareSettingNames()
    {
        static IEnumerable<string> Settable(Type type, string prefix) =>
            type.GetProperties().Where(p => p.CanWrite).SelectMany(p =>
                p.PropertyType.IsClass && p.PropertyType != typeof(string)
                    ? Settable(p.PropertyType, $"{prefix}{p.Name}__")
                    : [$"{prefix}{p.Name}"]);

        return Settable(typeof(ShopwareOptions), "Shopware__")
            .Concat(Settable(typeof(SyncWorkerOptions), "Sync__"))
            .Concat(Settable(typeof(DatabaseOptions), "Database__"));
    }

    [Test]
    public void EnvExample_ListsEveryShopwareSetting()
    {
        Assert.That(ExampleVariables().Keys, Is.SupersetOf(ShopwareSettingNames()).And.Contains("Database__ConnectionString"));
    }

    [Test]
    public void SetupDoc_NamesEveryShopwareSetting()
    {
        var doc = File.ReadAllText(RepositoryFile("docs/setup.md"));

        Assert.That(ShopwareSettingNames().Where(name => !doc.Contains($"`{name}`", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void EnvExample_WithFeaturesOn_BindsAndValidates()
    {
        var variables = ExampleVariables()
            .Where(v => v.Key is not ("Shopware__Username" or "Shopware__Password") && v.Key.StartsWith("Shopware__", StringComparison.Ordinal))
            .ToDictionary(v => v.Key.Replace("__", ":", StringComparison.Ordinal), v => v.Value);
        variables["Shopware:Features:Enabled"] = "true";
        variables["Shopware:Features:CatalogWrites"] = "true";
        var options = new ConfigurationBuilder().AddInMemoryCollection(variables).Build()
            .GetSection(ShopwareOptions.SectionName).Get<ShopwareOptions>()!;

        var failures = new IValidateOptions<ShopwareOptions>[] { new ShopwareOptionsDataAnnotationsValidator(), new ShopwareOptionsValidator() }
            .SelectMany(v => v.Validate(Options.DefaultName, options).Failures ?? []);

        Assert.That(failures, Is.Empty);
    }
}
