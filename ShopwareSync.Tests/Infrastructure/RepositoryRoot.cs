namespace ShopwareSync.Tests.Infrastructure;

/// <summary>The checkout the tests run from (the folder holding ShopwareSync.sln).</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "ShopwareSync.sln")))
                return directory.FullName;
        }
        throw new InvalidOperationException($"No ShopwareSync.sln above {AppContext.BaseDirectory}.");
    }
}
