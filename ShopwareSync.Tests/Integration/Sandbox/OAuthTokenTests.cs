using System.Net;

namespace ShopwareSync.Tests.Integration.Sandbox;

/// <summary>admin-api.md 8, checklist item 1: the token endpoint and bearer checks.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class OAuthTokenTests
{
    [Test]
    public async Task Token_ClientCredentials_AnswersBearerThatExpiresIn600Seconds()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();

        var answer = await client.SendAsync(HttpMethod.Post, "/api/oauth/token", SandboxApiClient.ClientCredentials(), withToken: false);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(answer.Body!["token_type"]!.GetValue<string>(), Is.EqualTo("Bearer"));
        Assert.That(answer.Body["expires_in"]!.GetValue<int>(), Is.EqualTo(600));
        Assert.That(answer.Body["access_token"]!.GetValue<string>().Split('.'), Has.Length.EqualTo(3));
        Assert.That(answer.Body["refresh_token"], Is.Null);
    }

    [Test]
    public async Task Token_WrongSecret_Answers401WithCode4()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();

        var answer = await client.SendAsync(HttpMethod.Post, "/api/oauth/token", SandboxApiClient.ClientCredentials("wrong"), withToken: false);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("4"));
        Assert.That(answer.FirstError["title"]!.GetValue<string>(), Is.EqualTo("Client authentication failed"));
    }

    [Test]
    public async Task Token_ClientIdWithUnknownPrefix_Answers500InvalidAccessKey()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();

        var answer = await client.SendAsync(HttpMethod.Post, "/api/oauth/token",
            """{"grant_type":"client_credentials","client_id":"administration","client_secret":"x"}""", withToken: false);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("FRAMEWORK__API_INVALID_ACCESS_KEY"));
    }

    [Test]
    public async Task Token_ScopeSentAsList_Answers400WithCode3()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();

        var answer = await client.SendAsync(HttpMethod.Post, "/api/oauth/token",
            """{"grant_type":"password","client_id":"administration","username":"admin","password":"shopware","scope":["write"]}""", withToken: false);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("3"));
        Assert.That(answer.FirstError["detail"]!.GetValue<string>(), Is.EqualTo("Check the `scope` parameter"));
    }

    [Test]
    public async Task Token_PasswordGrantWithWrongPassword_Answers400WithCode6()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();

        var answer = await client.SendAsync(HttpMethod.Post, "/api/oauth/token",
            """{"grant_type":"password","client_id":"administration","username":"admin","password":"nope"}""", withToken: false);

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("6"));
    }

    [Test]
    public async Task Token_RefreshTokenUsedTwice_SecondUseAnswers401WithCode8()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        var login = await client.SendAsync(HttpMethod.Post, "/api/oauth/token",
            """{"grant_type":"password","client_id":"administration","username":"admin","password":"shopware","scope":"write"}""", withToken: false);
        var refresh = $$"""{"grant_type":"refresh_token","client_id":"administration","refresh_token":"{{login.Body!["refresh_token"]!.GetValue<string>()}}"}""";

        var first = await client.SendAsync(HttpMethod.Post, "/api/oauth/token", refresh, withToken: false);
        var second = await client.SendAsync(HttpMethod.Post, "/api/oauth/token", refresh, withToken: false);

        Assert.That(first.Status, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(first.Body!["refresh_token"], Is.Not.Null);
        Assert.That(second.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(second.FirstError["code"]!.GetValue<string>(), Is.EqualTo("8"));
        Assert.That(second.FirstError["detail"]!.GetValue<string>(), Is.EqualTo("Token has been revoked"));
    }

    [Test]
    public async Task Token_EleventhFailureWithinTenSeconds_Answers429ThrottledWithoutRetryAfter()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 10; attempt++)
            statuses.Add((await client.SendAsync(HttpMethod.Post, "/api/oauth/token", SandboxApiClient.ClientCredentials("wrong"), withToken: false)).Status);

        var throttled = await client.SendAsync(HttpMethod.Post, "/api/oauth/token", SandboxApiClient.ClientCredentials(), withToken: false);

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(throttled.Status, Is.EqualTo(HttpStatusCode.TooManyRequests));
        Assert.That(throttled.FirstError["code"]!.GetValue<string>(), Is.EqualTo("FRAMEWORK__AUTH_THROTTLED"));
        Assert.That(throttled.FirstError["meta"]!["parameters"]!["seconds"]!.GetValue<int>(), Is.EqualTo(10));
        Assert.That(throttled.Header("Retry-After"), Is.Null);
    }

    [Test]
    public async Task Token_ThrottledAndTenSecondsLater_IssuesToken()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        for (var attempt = 0; attempt < 10; attempt++)
            await client.SendAsync(HttpMethod.Post, "/api/oauth/token", SandboxApiClient.ClientCredentials("wrong"), withToken: false);
        factory.Time.Advance(TimeSpan.FromSeconds(4));
        var early = await client.SendAsync(HttpMethod.Post, "/api/oauth/token", SandboxApiClient.ClientCredentials(), withToken: false);

        factory.Time.Advance(TimeSpan.FromSeconds(6));
        var later = await client.SendAsync(HttpMethod.Post, "/api/oauth/token", SandboxApiClient.ClientCredentials(), withToken: false);

        Assert.That(early.FirstError["meta"]!["parameters"]!["seconds"]!.GetValue<int>(), Is.EqualTo(6));
        Assert.That(later.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ApiRequest_WithoutAuthorizationHeader_Answers401WithCode9()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();

        var answer = await client.PostAsync("/api/search/product", "{}");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("9"));
        Assert.That(answer.FirstError["detail"]!.GetValue<string>(), Is.EqualTo("Missing \"Authorization\" header"));
    }

    [Test]
    public async Task ApiRequest_TokenUsedOneSecondBeforeExpiry_Succeeds()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        factory.Time.Advance(TimeSpan.FromSeconds(599));
        var answer = await client.PostAsync("/api/search/product", "{}");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.OK));
    }

    [Test]
    public async Task ApiRequest_TokenUsedAtExpiresIn_Answers401CouldNotBeVerified()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();
        await client.AuthenticateAsync();

        factory.Time.Advance(TimeSpan.FromSeconds(600));
        var answer = await client.PostAsync("/api/search/product", "{}");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That(answer.FirstError["code"]!.GetValue<string>(), Is.EqualTo("9"));
        Assert.That(answer.FirstError["detail"]!.GetValue<string>(), Is.EqualTo("Access token could not be verified"));
    }

    [Test]
    public async Task ApiRequest_ConfiguredTokenLifetime_ExpiresInFollowsConfiguration()
    {
        using var factory = new SandboxFactory(new Dictionary<string, string?> { ["Sandbox:AccessTokenLifetime"] = "00:01:00" });
        using var client = factory.CreateApiClient();

        var answer = await client.SendAsync(HttpMethod.Post, "/api/oauth/token", SandboxApiClient.ClientCredentials(), withToken: false);

        Assert.That(answer.Body!["expires_in"]!.GetValue<int>(), Is.EqualTo(60));
    }

    [Test]
    public async Task ApiRequest_MalformedJsonWithoutToken_Answers400BeforeAuthentication()
    {
        using var factory = new SandboxFactory();
        using var client = factory.CreateApiClient();

        var answer = await client.PostAsync("/api/_action/sync", "{\"s\": ");

        Assert.That(answer.Status, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(answer.FirstError["detail"]!.GetValue<string>(), Is.EqualTo("The JSON payload is malformed."));
    }
}
