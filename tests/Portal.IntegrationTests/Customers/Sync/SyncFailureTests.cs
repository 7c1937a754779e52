using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Features.Audit;
using Portal.Features.Customers.Sync;
using Portal.IntegrationTests.Customers.Linking;
using Portal.Sandbox;
using Portal.Vendors;

namespace Portal.IntegrationTests.Customers.Sync;

public sealed class SyncFailureTests
{
    [Fact]
    public async Task Run_OneVendorFailing_RecordsAFailedRunForItWhileTheOthersSucceed()
    {
        using var harness = new SyncHarness();
        var audit = new RecordingAuditLog();
        harness.Factory.WithServices(s => s.RemoveAll<IAuditLog>().AddSingleton<IAuditLog>(audit));
        await harness.Sandbox.SetFaultsAsync("walcu", new FaultSettings { ErrorRate = 1, ErrorStatus = 503 });

        var runs = new Dictionary<VendorKind, SyncRunSummary>();
        foreach (var vendor in new[] { VendorKind.Walcu, VendorKind.Drivly, VendorKind.Guardant, VendorKind.Cova })
        {
            runs[vendor] = await harness.RunAsync(vendor);
        }

        Assert.Equal(SyncRunStatus.Failed, runs[VendorKind.Walcu].Status);
        Assert.StartsWith("ServerError", runs[VendorKind.Walcu].LastError);
        Assert.Equal(1, runs[VendorKind.Walcu].Errors);
        Assert.All(runs.Where(r => r.Key != VendorKind.Walcu), r => Assert.Equal(SyncRunStatus.Succeeded, r.Value.Status));
        var history = await harness.Factory.Services.GetRequiredService<ISyncMonitor>().HistoryAsync(await harness.ConnectionIdAsync(VendorKind.Walcu));
        Assert.Equal(SyncRunStatus.Failed, history[0].Status);
        Assert.NotNull(history[0].EndedUtc);
        Assert.Single(audit.Events, e => e.Action == AuditActions.SyncRunFailed && e.Outcome == AuditOutcome.Failed);
        Assert.Equal(3, audit.Events.Count(e => e.Action == AuditActions.SyncRunCompleted));
    }
}
