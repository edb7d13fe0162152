using System.Net;

namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>The fault switches, set at start through configuration or at run time through <c>PUT /_sandbox/faults</c>.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class FaultInjectionTests
{
    [Test]
    public async Task Latency_SetAtRunTime_HoldsTheRequestUntilTheClockPassesIt()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SetFaultsAsync("""{"latency":"00:00:05"}""");

        var request = client.PostAsync("/api/search/product", "{}");
        await WaitForRequestsInLatencyAsync(client, 1);
        factory.Time.Advance(TimeSpan.FromSeconds(4));
        var heldAfterFourSeconds = (await client.CountersAsync())["requestsInLatency"]!.GetValue<long>();
        factory.Time.Advance(TimeSpan.FromSeconds(1));
        var answer = await request;

        Assert.That(heldAfterFourSeconds, Is.EqualTo(1));
        Assert.That(request.IsCompleted, Is.True);
        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ServiceUnavailable_RatioOneConfiguredAtStart_Answers503()
    {
        using var factory = new SandboxFactory(new Dictionary<string, string?> { ["Sandbox:Faults:ServiceUnavailableRatio"] = "1" });
        using var client = factory.CreateApiClient();

        var answer = await client.SendAsync(HttpMethod.Get, "/api/_info/health-check", null, withToken: false);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.ServiceUnavailable));
    }

    [Test]
    public async Task ServiceUnavailable_HalfRatioWithSameSeed_FallsOnTheSameRequestsInEveryRun()
    {
        var first = await StatusesAsync(seed: 7);
        var second = await StatusesAsync(seed: 7);
        var otherSeed = await StatusesAsync(seed: 8);

        Assert.That(first, Does.Contain(HttpStatusCode.ServiceUnavailable).And.Contain(HttpStatusCode.OK));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(otherSeed, Is.Not.EqualTo(first));
    }

    [Test]
    public async Task RateLimit_AbovePermitsPerWindow_Answers429WithRetryAfterUntilTheWindowPasses()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.SetFaultsAsync("""{"rateLimitPermits":3,"rateLimitWindow":"00:00:10"}""");
        var allowed = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
            allowed.Add((await client.SendAsync(HttpMethod.Get, "/api/_info/health-check", null, withToken: false)).Status);
        factory.Time.Advance(TimeSpan.FromSeconds(4));

        var limited = await client.SendAsync(HttpMethod.Get, "/api/_info/health-check", null, withToken: false);
        factory.Time.Advance(TimeSpan.FromSeconds(6));
        var nextWindow = await client.SendAsync(HttpMethod.Get, "/api/_info/health-check", null, withToken: false);

        Assert.That(allowed, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(limited.Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(limited.Header("Retry-After"), Is.EqualTo("6"));
        Assert.That(nextWindow.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task DroppedConnection_RatioOne_AbortsWithoutAnswerAndCountsStatusZero()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.SetFaultsAsync("""{"droppedConnectionRatio":1}""");

        // The test server reports an aborted request as cancelled; over Kestrel the client sees HttpRequestException.
        Assert.That(async () => await client.SendAsync(HttpMethod.Get, "/api/_info/health-check", null, withToken: false),
            Throws.InstanceOf<OperationCanceledException>().Or.InstanceOf<HttpRequestException>());
        var counters = await client.CountersAsync();
        Assert.That(counters["requests"]![0]!["status"]!.GetValue<int>(), Is.EqualTo(0));
    }

    [Test]
    public async Task TokenExpiry_AfterTwoRequests_ThirdRequestAnswers401Code9()
    {
        using var factory = new SandboxFactory(new Dictionary<string, string?> { ["Sandbox:Faults:TokenExpiresAfterRequests"] = "2" });
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        var first = await client.PostAsync("/api/search/product", "{}");
        var second = await client.PostAsync("/api/search/product", "{}");
        var third = await client.PostAsync("/api/search/product", "{}");

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(third.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(third.FirstError["code"]!.GetValue<string>(), Is.EqualTo("9"));
    }

    [Test]
    public async Task TokenExpiry_AfterThirtySeconds_TokenDiesLongBeforeExpiresIn()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.SetFaultsAsync("""{"tokenExpiresAfter":"00:00:30"}""");
        var token = await client.SendAsync(HttpMethod.Post, "/api/oauth/token", SandboxApiClient.ClientCredentials(), withToken: false);
        client.Token = token.Body!["access_token"]!.GetValue<string>();

        factory.Time.Advance(TimeSpan.FromSeconds(29));
        var before = await client.PostAsync("/api/search/product", "{}");
        factory.Time.Advance(TimeSpan.FromSeconds(1));
        var after = await client.PostAsync("/api/search/product", "{}");

        Assert.That(token.Body["expires_in"]!.GetValue<int>(), Is.EqualTo(600));
        Assert.That(before.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(after.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
    }

    [Test]
    public async Task SyncDeadlock_RatioOne_Answers500Code1213AndWritesNothing()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();
        await client.SetFaultsAsync("""{"syncDeadlockRatio":1}""");

        var answer = await client.SyncAsync($$$"""{"s":{"entity":"product","action":"upsert","payload":[{{{ProductPayloads.New("SKU-1", 1)}}}]}}""");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("1213"));
        Assert.That(await client.ProductAsync("SKU-1"), Is.Null);
    }

    [Test]
    public async Task SetFaults_RatioAboveOne_Answers400AndKeepsPreviousSwitches()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.SetFaultsAsync("""{"serviceUnavailableRatio":0.25}""");

        var answer = await client.SetFaultsAsync("""{"serviceUnavailableRatio":2}""");
        var current = await client.SendAsync(HttpMethod.Get, "/_sandbox/faults", null, withToken: false);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(current.Body!["serviceUnavailableRatio"]!.GetValue<double>(), Is.EqualTo(0.25));
    }

    [Test]
    public async Task ControlRoutes_WithEveryFaultOn_AreNeverFaulted()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.SetFaultsAsync("""{"serviceUnavailableRatio":1,"droppedConnectionRatio":1,"rateLimitPermits":1}""");

        var first = await client.SendAsync(HttpMethod.Get, "/_sandbox/state", null, withToken: false);
        var second = await client.SendAsync(HttpMethod.Get, "/_sandbox/state", null, withToken: false);

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    private static async Task<List<HttpStatusCode>> StatusesAsync(int seed)
    {
        using var factory = new SandboxFactory(new Dictionary<string, string?>
        {
            ["Sandbox:Faults:ServiceUnavailableRatio"] = "0.5",
            ["Sandbox:Faults:RandomSeed"] = seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var client = factory.CreateApiClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
            statuses.Add((await client.SendAsync(HttpMethod.Get, "/api/_info/health-check", null, withToken: false)).Status);
        return statuses;
    }

    /// <summary>Waits, without sleeping, until the sandbox reports the request held by the latency fault.</summary>
    private static async Task WaitForRequestsInLatencyAsync(SandboxApiClient client, long expected)
    {
        for (var attempt = 0; attempt < 10_000; attempt++)
        {
            if ((await client.CountersAsync())["requestsInLatency"]!.GetValue<long>() == expected)
                return;
            await Task.Yield();
        }

        Assert.Fail($"No request reached the latency fault; expected {expected}.");
    }
}
