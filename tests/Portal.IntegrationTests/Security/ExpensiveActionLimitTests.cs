using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Portal.Features.Customers.Search.Live;
using Portal.Security.Throttling;

namespace Portal.IntegrationTests.Security;

public sealed class ExpensiveActionLimitTests : IAsyncLifetime
{
    private readonly PortalAppFactory _factory = new PortalAppFactory()
        .With("Security:RateLimits:ExportPerUser", "2")
        .With("Security:RateLimits:LiveSearchPerUser", "2");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task AuditExport_ThirdInAMinute_Is429()
    {
        using var client = _factory.CreateLoopbackClient();
        await SignInHelper.SignInOrThrowAsync(client, "auditor@sandbox.local", PortalAppFactory.DemoPassword);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await client.GetAsync("audit/export")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task LiveSearch_ThirdInAMinute_IsRefusedWithAMessage()
    {
        Assert.True(LiveQuery.TryCreate("Smith", out var query, out _));
        await using var scope = await _factory.ActAsAsync("manager@sandbox.local");
        var live = scope.ServiceProvider.GetRequiredService<LiveVendorSearchService>();
        for (var i = 0; i < 2; i++)
        {
            await foreach (var _ in live.SearchAsync(query, null))
            {
            }
        }

        var refused = await Assert.ThrowsAsync<ActionThrottledException>(async () =>
        {
            await foreach (var _ in live.SearchAsync(query, null))
            {
            }
        });

        Assert.Contains("Too many live vendor searches", refused.Message);
    }
}
