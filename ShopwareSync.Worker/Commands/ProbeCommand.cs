using System.CommandLine;

namespace ShopwareSync.Worker.Commands;

/// <summary>
/// probe: GETs one URL of the running worker and exits 0 on a 2xx answer, 1 otherwise. The container's
/// HEALTHCHECK runs it, because the runtime image has no curl or wget.
/// </summary>
internal static class ProbeCommand
{
    public const string DefaultUrl = "http://127.0.0.1:8080/health/live";

    public static Command Create()
    {
        var url = new Argument<Uri>("url")
        {
            Description = "The address to ask, e.g. " + DefaultUrl + ".",
            DefaultValueFactory = _ => new Uri(DefaultUrl),
            CustomParser = result =>
            {
                var text = result.Tokens.Single().Value;
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
                    return uri;
                result.AddError($"'{text}' is not an absolute http or https URL.");
                return null;
            },
        };
        var timeout = new Option<TimeSpan>("--timeout")
        {
            Description = "How long to wait for the answer (hh:mm:ss).",
            DefaultValueFactory = _ => TimeSpan.FromSeconds(3),
        };
        var command = new Command("probe", "Ask a health endpoint of the running worker; exit 0 when it answers 2xx, 1 otherwise.")
        {
            url,
            timeout,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var target = parseResult.GetValue(url)!;
            using var http = new HttpClient { Timeout = parseResult.GetValue(timeout) };
            try
            {
                using var response = await http.GetAsync(target, cancellationToken);
                await Console.Out.WriteLineAsync($"{target} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
                return response.IsSuccessStatusCode ? 0 : 1;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                await Console.Out.WriteLineAsync($"{target} did not answer: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
