using System.Diagnostics;
using System.Globalization;
using ShopwareSync.Tests.Infrastructure;
using System.Text.Json;

namespace ShopwareSync.Tests.Integration.Observability;

/// <summary>
/// A real Prometheus (Debian's prometheus package) on a free loopback port, scraping one target every second, with
/// its configuration and storage in a temp directory. Disposing kills it and removes the directory.
/// </summary>
internal sealed class PrometheusServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _directory;
    private readonly HttpClient _http;
    private readonly Task<string> _output;

    private PrometheusServer(Process process, string directory, Uri address)
    {
        _process = process;
        _directory = directory;
        _http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        _output = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync())
            .ContinueWith(t => string.Concat(t.Result), TaskScheduler.Default);
    }

    public static PrometheusServer Start(string target)
    {
        var binary = new[] { "/usr/bin/prometheus", "/usr/local/bin/prometheus" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("prometheus is missing: scripts/test.sh installs it (apt-get install --no-install-recommends prometheus).");
        var directory = Directory.CreateTempSubdirectory("shopwaresync-prometheus-").FullName;
        var config = Path.Combine(directory, "prometheus.yml");
        File.WriteAllText(config, $"""
            global:
              scrape_interval: 1s
              scrape_timeout: 1s
            scrape_configs:
              - job_name: shopware-sync
                static_configs:
                  - targets: ["{target}"]
            """);
        var port = FreeLoopbackPort.Next();
        var startInfo = new ProcessStartInfo(binary,
        [
            $"--config.file={config}",
            $"--storage.tsdb.path={Path.Combine(directory, "data")}",
            $"--web.listen-address=127.0.0.1:{port}",
        ])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {binary}.");
        return new PrometheusServer(process, directory, new Uri($"http://127.0.0.1:{port}"));
    }


    /// <summary>
    /// Asks Prometheus's HTTP API for an instant vector until it holds a sample, or until <paramref name="patience"/>
    /// runs out (then null). Returns the first sample's value.
    /// </summary>
    public async Task<double?> QueryUntilPresentAsync(string promQl, TimeSpan patience)
    {
        var deadline = DateTime.UtcNow + patience;
        var query = new Uri($"/api/v1/query?query={Uri.EscapeDataString(promQl)}", UriKind.Relative);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"prometheus exited with {_process.ExitCode}:{Environment.NewLine}{await _output}");
            try
            {
                using var body = JsonDocument.Parse(await _http.GetStringAsync(query));
                var result = body.RootElement.GetProperty("data").GetProperty("result");
                if (result.GetArrayLength() > 0)
                    return double.Parse(result[0].GetProperty("value")[1].GetString()!, CultureInfo.InvariantCulture);
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        return null;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_directory, recursive: true);
    }
}
