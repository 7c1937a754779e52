using Microsoft.Extensions.DependencyInjection;
using System.Net;

namespace Portal.IntegrationTests.Security;

public sealed class SessionLimitTests : IAsyncLifetime
{
    private readonly AdjustableClock _clock = new();
    private readonly PortalAppFactory _factory;

    public SessionLimitTests()
    {
        // Idle limit out of the way, so only the absolute limit can end the session.
        _factory = new PortalAppFactory()
            .With("Security:IdleTimeoutMinutes", "100000")
            .With("Security:AbsoluteTimeoutHours", "12")
            .WithServices(s => s.AddSingleton<TimeProvider>(_clock));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Theory]
    [InlineData(11, HttpStatusCode.OK)]
    [InlineData(13, HttpStatusCode.Redirect)]
    public async Task Session_OlderThanAbsoluteLimit_IsSignedOut(int hoursLater, HttpStatusCode expected)
    {
        using var client = _factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(client, "auditor@sandbox.local", PortalAppFactory.DemoPassword);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("")).StatusCode);

        _clock.Shift = TimeSpan.FromHours(hoursLater);
        var response = await client.GetAsync("");

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public void SessionLimits_PrincipalWithoutSignInTime_IsExpired() =>
        Assert.True(new Portal.Security.Sessions.SessionLimits().IsExpired(new System.Security.Claims.ClaimsPrincipal(), DateTimeOffset.UtcNow));
}
