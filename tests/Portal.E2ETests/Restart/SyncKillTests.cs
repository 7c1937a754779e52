using Microsoft.EntityFrameworkCore;
using Portal.Features.Audit;
using Portal.Features.Customers.Index;
using Portal.Features.Customers.Sync;
using Portal.Sandbox;
using Portal.Sandbox.People;
using Portal.TestSupport.Processes;
using Portal.Vendors;

namespace Portal.E2ETests.Restart;

/// <summary>A sync run cut off by a SIGKILL of the portal process resumes from its checkpoint after the restart.</summary>
[Collection(RestartCollection.Name)]
public sealed class SyncKillTests(RestartFixture fixture)
{
    private const int BatchSize = 10;

    [Fact]
    public async Task Sync_ProcessKilledMidRun_RestartResumesFromCheckpoint_EveryoneIndexedOnce_AuditVerifies()
    {
        using var portal = new PortalProcess(fixture.Vendors)
            .With("Customers:Sync:Enabled", "true")
            .With("Customers:Sync:FirstRunDelay", "00:00:00.500")
            .With("Customers:Sync:Interval", "01:00:00")
            .With("Customers:Sync:BatchSize", BatchSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var other in (string[])["SandboxMyKaarma", "SandboxCova", "SandboxWalcu", "SandboxGuardant"])
        {
            portal.With($"Connections:{other}:Enabled", "false");
        }
        // Each page of Drivly's change feed takes 700 ms: the run is several seconds long when the kill comes.
        await fixture.Vendors.SetFaultsAsync("drivly", new FaultSettings { LatencyMs = 700, Method = "GET", PathContains = "customers" });
        try
        {
            await portal.StartAsync();
            await RestartFixture.WaitUntilAsync(async () => (await RunsAsync(portal)).Any(r => r is { Status: SyncRunStatus.Running, Read: >= 2 * BatchSize }),
                "two committed batches of the first run");
            portal.Kill();
        }
        finally
        {
            await fixture.Vendors.ClearFaultsAsync("drivly");
        }
        var cut = Assert.Single(await RunsAsync(portal));
        Assert.Equal(SyncRunStatus.Running, cut.Status); // nothing of the process's shutdown ran

        await portal.StartAsync();
        await RestartFixture.WaitUntilAsync(async () => (await RunsAsync(portal)).Any(r => r.Status == SyncRunStatus.Succeeded), "the resumed run", 90);

        var runs = await RunsAsync(portal);
        Assert.Equal([SyncRunStatus.Interrupted, SyncRunStatus.Succeeded], runs.Select(r => r.Status));
        var rows = await DrivlyRowsAsync(portal);
        var held = Enumerable.Range(0, 200).Count(i => new SandboxPopulation(20261122, 200).Holds(i, SandboxVendor.Drivly));
        Assert.Equal(rows.Count, rows.Distinct().Count());
        Assert.Equal(held, rows.Count);
        Assert.True(runs[1].Read < held, $"the resumed run read {runs[1].Read} of {held}: it started over instead of resuming");
        // The cut run is audited at the restart (nothing could be written as the process died), then the resumed one.
        await using (var db = portal.OpenDatabase())
        {
            var audited = await db.Set<AuditEntry>().Where(e => e.Action.StartsWith("sync.run.")).OrderBy(e => e.Sequence).ToListAsync();
            Assert.Equal([AuditActions.SyncRunInterrupted, AuditActions.SyncRunCompleted], audited.Select(e => e.Action));
            Assert.StartsWith($"run {runs[0].Id} ", audited[0].Detail);
        }
        var (exitCode, verdict) = await portal.VerifyAuditAsync();
        Assert.True(exitCode == 0, verdict);
    }

    private static async Task<List<SyncRun>> RunsAsync(PortalProcess portal)
    {
        await using var db = portal.OpenDatabase();
        try
        {
            return await db.Set<SyncRun>().AsNoTracking().OrderBy(r => r.Id).ToListAsync();
        }
        catch (Microsoft.Data.Sqlite.SqliteException)
        {
            return []; // the portal has not created its tables yet
        }
    }

    private static async Task<List<string>> DrivlyRowsAsync(PortalProcess portal)
    {
        await using var db = portal.OpenDatabase();
        return await db.Set<IndexedCustomer>().Where(c => c.Vendor == VendorKind.Drivly && !c.Deleted).Select(c => c.SourceRef).ToListAsync();
    }
}
