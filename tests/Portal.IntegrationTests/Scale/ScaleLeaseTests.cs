using Microsoft.Extensions.DependencyInjection;
using Portal.Data.Leases;
using Portal.Features.Customers.Sync;
using Portal.Features.DataRequests;
using Portal.IntegrationTests.DataRequests;
using Portal.IntegrationTests.Vendors.MyKaarma;
using static Portal.IntegrationTests.DataRequests.DataRequestHarness;

namespace Portal.IntegrationTests.Scale;

/// <summary>The once-only work moves to the other instance when its holder stops.</summary>
public sealed class ScaleLeaseTests
{
    private static readonly string[] Standing = [SyncLeases.Schedule, DataRequestLeases.PollSchedule, DataRequestLeases.Sender, "audit:retention"];

    [Fact]
    public async Task HolderStops_OtherInstanceTakesEveryLeaseOver_AndSendsTheNextDecision()
    {
        using var portals = new TwoPortals();
        var first = portals.First.Services.GetRequiredService<IStandingLeases>();
        var second = portals.Second.Services.GetRequiredService<IStandingLeases>();
        Assert.True(await TwoPortals.EventuallyAsync(() => Task.FromResult(Standing.All(first.IsHeld)), 10));
        Assert.DoesNotContain(Standing, second.IsHeld);

        await portals.First.Services.GetRequiredService<LeaseKeeper>().StopAsync(CancellationToken.None);

        Assert.True(await TwoPortals.EventuallyAsync(() => Task.FromResult(Standing.All(second.IsHeld)), 10));
        Assert.DoesNotContain(Standing, first.IsHeld);
        var store = portals.First.Services.GetRequiredService<LeaseStore>();
        Assert.Equal("portal-b", await store.HolderAsync(DataRequestLeases.Sender));

        // A decision taken on the first instance is now sent by the second.
        var harness = new DataRequestHarness(portals.First);
        var (request, ids) = await harness.CreateAsync(MyKaarmaSandboxRequests.Riley, PendingIncome);
        var outcome = Assert.Single(await harness.DecideAsync(Compliance, DecisionKind.Approve, null, null, ids[0]));
        Assert.Equal(DecisionState.Submitted, (await harness.SettledAsync(outcome.DecisionId ?? 0)).State);
        Assert.Equal([(true, false)], await MyKaarmaSandboxRequests.ReviewCallsAsync(portals.Sandbox, request.ItemUuids[0]));
    }
}
