using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Connections;
using Portal.Features.Customers.Sync;
using Portal.Features.Customers.Sync.Sources;
using Portal.Vendors;

namespace Portal.IntegrationTests.Scale;

/// <summary>Two instances on one database: the schedule runs each connection once, and a run is never done twice at once.</summary>
public sealed class ScaleSyncTests
{
    [Fact]
    public async Task Schedule_OnBothInstances_EachConnectionSyncedOnceByOne()
    {
        using var portals = new TwoPortals(f => f
            .With("Customers:Sync:Enabled", "true")
            .With("Customers:Sync:FirstRunDelay", "00:00:01")
            .With("Customers:Sync:Interval", "01:00:00"));
        var bothTicked = DateTime.UtcNow.AddSeconds(3); // the second instance's first tick has come by then
        var expected = await SyncableConnectionsAsync(portals.First);

        var settled = await TwoPortals.EventuallyAsync(async () => await FinishedRunsAsync(portals) >= expected.Count && DateTime.UtcNow > bothTicked, 90);
        await Task.Delay(TimeSpan.FromSeconds(1));

        await using var db = await portals.DbAsync();
        var runs = await db.Set<SyncRun>().AsNoTracking().ToListAsync();
        Assert.True(settled, $"expected {expected.Count} runs; " + string.Join("; ", runs.Select(r => $"{r.ConnectionId} {r.Vendor} {r.Status} {r.LastError}")));
        Assert.Equal(expected.Order(), runs.Select(r => r.ConnectionId).Order());
        Assert.All(runs, r => Assert.Equal((SyncRunner.Scheduled, SyncRunStatus.Succeeded), (r.Trigger, r.Status)));
    }

    [Fact]
    public async Task SyncNow_OnTheOtherInstanceDuringARun_RefusedAndEveryVendorPageReadOnce()
    {
        using var portals = new TwoPortals(f => f.With("Customers:Sync:BatchSize", "40"));
        var id = (await portals.Sandbox.ConnectionAsync(VendorKind.Walcu)).Id;
        await portals.Sandbox.ClearRequestsAsync("walcu");
        var second = portals.Second.Services.GetRequiredService<SyncRunner>();
        Task<SyncRunSummary?>? secondTry = null;

        // While the first instance is between two batches of its run, "Sync now" of the same connection on the second.
        var first = await portals.First.Services.GetRequiredService<SyncRunner>().RunAsync(id, SyncRunner.Manual, CancellationToken.None,
            _ =>
            {
                if (secondTry is null)
                {
                    secondTry = Task.Run(() => second.RunAsync(id, SyncRunner.Manual, CancellationToken.None));
                    secondTry.Wait(TimeSpan.FromSeconds(30)); // the first run goes on only once the second has tried
                }
            });

        Assert.Equal(SyncRunStatus.Succeeded, first?.Status);
        Assert.NotNull(secondTry);
        Assert.Null(await secondTry);
        await using var db = await portals.DbAsync();
        Assert.Equal(1, await db.Set<SyncRun>().CountAsync(r => r.ConnectionId == id));
        var requests = await portals.Sandbox.RequestsAsync("walcu");
        Assert.NotEmpty(requests);
        Assert.Empty(requests.GroupBy(r => $"{r.Method} {r.Path}").Where(g => g.Count() > 1).Select(g => g.Key));
    }

    private static async Task<List<int>> SyncableConnectionsAsync(PortalAppFactory portal)
    {
        var vendors = portal.Services.GetServices<ISyncSource>().Select(s => s.Vendor).ToHashSet();
        var connections = await portal.Services.GetRequiredService<ConnectionCatalog>().ListEnabledAsync();
        return connections.Where(c => vendors.Contains(c.Connection.Vendor)).Select(c => c.Connection.Id).ToList();
    }

    private static async Task<int> FinishedRunsAsync(TwoPortals portals)
    {
        await using var db = await portals.DbAsync();
        return await db.Set<SyncRun>().CountAsync(r => r.Status != SyncRunStatus.Running);
    }
}
