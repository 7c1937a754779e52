using System.Net;

namespace Portal.IntegrationTests.Security;

public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private readonly PortalAppFactory _factory = new PortalAppFactory()
        .With("Security:RateLimits:SignInPerAccount", "3")
        .With("Security:RateLimits:SignInPerClient", "6");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task SignIn_FourthAttemptOnOneAccount_Is429WithRetryAfter()
    {
        using var client = _factory.CreateLoopbackClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await SignInHelper.SignInAsync(client, "nobody@sandbox.local", "wrong")).StatusCode);
        }

        var refused = await SignInHelper.SignInAsync(client, "NOBODY@sandbox.local ", "wrong");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync());
        // Another account from the same client is still within its own allowance.
        await SignInHelper.SignInOrThrowAsync(client, "manager@sandbox.local", PortalAppFactory.DemoPassword);
    }

    [Fact]
    public async Task SignIn_ManyAccountsFromOneClient_IsLimitedPerClient()
    {
        using var client = _factory.CreateLoopbackClient();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            statuses.Add((await SignInHelper.SignInAsync(client, $"guess{i}@sandbox.local", "wrong")).StatusCode);
        }

        Assert.Contains(HttpStatusCode.OK, statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task SignInPage_Get_IsNotCountedAsAnAttempt()
    {
        using var client = _factory.CreateLoopbackClient();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("account/signin")).StatusCode);
        }
    }
}
