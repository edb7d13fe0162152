using ShopwareSync.Sandbox.Hosting;

namespace ShopwareSync.Sandbox;

/// <summary>
/// A stand-in for the Shopware 6 Admin API, in memory, for tests and the local quickstart
/// (docs/sandbox.md). Runs standalone with <c>dotnet run --project ShopwareSync.Sandbox</c>.
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static async Task<int> Main(string[] args)
    {
        try
        {
            var app = WebApplication.CreateBuilder(args).AddSandbox().Build();
            await app.UseSandbox().RunAsync();
            return 0;
        }
        catch (Exception exception) when (exception is not HostAbortedException)
        {
            await Console.Error.WriteLineAsync($"The sandbox stopped: {exception.Message}");
            return 1;
        }
    }
}
