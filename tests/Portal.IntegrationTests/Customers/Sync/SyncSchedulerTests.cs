using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Audit;
using Portal.Features.Customers.Sync;
using Portal.Vendors;

namespace Portal.IntegrationTests.Customers.Sync;

public sealed class SyncSchedulerTests(SyncHarness harness) : IClassFixture<SyncHarness>
{
    [Fact]
    public async Task RequestSync_EnabledConnection_RunsInTheBackgroundAndTheMonitorShowsTheOutcome()
    {
        var service = harness.Factory.Services.GetRequiredService<ISyncService>();
        var monitor = harness.Factory.Services.GetRequiredService<ISyncMonitor>();
        var id = await harness.ConnectionIdAsync(VendorKind.Guardant);
        var changes = 0;
        monitor.Changed += s =>
        {
            if (s.ConnectionId == id)
            {
                Interlocked.Increment(ref changes);
            }
        };

        Assert.True(service.RequestSync(id));
        var status = await WaitForLastRunAsync(monitor, id);

        Assert.Equal(SyncRunStatus.Succeeded, status.LastRun?.Status);
        Assert.Equal(SyncRunner.Manual, status.LastRun?.Trigger);
        Assert.True(status.LastRun?.Read > 0);
        Assert.Equal(1, status.Progress);
        Assert.False(status.Running);
        Assert.True(changes >= 3, "queued, started and finished are each announced");
        Assert.Equal(status.LastRun?.RunId, (await monitor.HistoryAsync(id))[0].RunId);
        var audited = await Audit.AuditEntries.WhereAsync(harness.Factory, e => e.Action == AuditActions.SyncRunCompleted && e.TargetId == id.ToString());
        Assert.Equal(AuditActor.SystemId, Assert.Single(audited).ActorId);
    }

    /// <summary>Waits (bounded) for the background run to finish; the assertions are on its outcome, not its timing.</summary>
    private static async Task<SyncStatus> WaitForLastRunAsync(ISyncMonitor monitor, int connectionId)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        while (monitor.Get(connectionId) is var status && (status.LastRun is null || status.Running || status.Queued))
        {
            await Task.Delay(50, deadline.Token);
        }
        return monitor.Get(connectionId);
    }
}
