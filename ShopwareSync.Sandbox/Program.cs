namespace ShopwareSync.Sandbox;

/// <summary>
/// A stand-in for the Shopware 6 Admin API, for tests and the local quickstart. Its endpoints arrive
/// with the client issue; until then it only answers that it is up.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static Task Main(string[] args)
    {
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/", () => Results.Ok(new { name = "ShopwareSync sandbox" }));
        return app.RunAsync();
    }
}
