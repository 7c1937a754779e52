using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Connections;

namespace Portal.Features.Customers.Sync;

/// <summary>Sync runs and checkpoints in the portal database (short-lived contexts, one per call).</summary>
public sealed class SyncStore(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider time)
{
    public async Task<SyncRun> StartAsync(ResolvedConnection connection, string trigger, CancellationToken ct)
    {
        var run = new SyncRun
        {
            ConnectionId = connection.Connection.Id, DealershipId = connection.DealershipId, Vendor = connection.Connection.Vendor,
            Trigger = trigger, StartedUtc = time.GetUtcNow(), Status = SyncRunStatus.Running,
        };
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Add(run);
        await db.SaveChangesAsync(ct);
        return run;
    }

    public async Task<string?> CheckpointAsync(int connectionId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<SyncCheckpoint>().Where(c => c.ConnectionId == connectionId).Select(c => c.Cursor).FirstOrDefaultAsync(ct);
    }

    /// <summary>Commits the cursor after a batch together with the run's counters, so both survive a crash alike.</summary>
    public async Task SaveProgressAsync(SyncRun run, string cursor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var checkpoint = await db.Set<SyncCheckpoint>().FindAsync([run.ConnectionId], ct);
        if (checkpoint is null)
        {
            db.Add(checkpoint = new SyncCheckpoint { ConnectionId = run.ConnectionId });
        }
        checkpoint.Cursor = cursor;
        checkpoint.UpdatedUtc = time.GetUtcNow();
        db.Attach(run);
        db.Entry(run).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
    }

    public async Task FinishAsync(SyncRun run)
    {
        run.EndedUtc = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync();
        db.Attach(run);
        db.Entry(run).State = EntityState.Modified;
        await db.SaveChangesAsync();
    }

    /// <summary>Runs still marked Running after a restart were cut off by it; returns them, marked Interrupted.</summary>
    public async Task<IReadOnlyList<SyncRun>> MarkInterruptedAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var cut = await db.Set<SyncRun>().Where(r => r.Status == SyncRunStatus.Running).ToListAsync(ct);
        foreach (var run in cut)
        {
            (run.Status, run.EndedUtc) = (SyncRunStatus.Interrupted, time.GetUtcNow());
            run.LastError = "The portal stopped during the run; the next run resumes from the last checkpoint.";
        }
        await db.SaveChangesAsync(ct);
        return cut;
    }

    public async Task<IReadOnlyList<SyncRunSummary>> HistoryAsync(int? connectionId, int take, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var runs = db.Set<SyncRun>().AsNoTracking();
        if (connectionId is { } id)
        {
            runs = runs.Where(r => r.ConnectionId == id);
        }
        var rows = await runs.OrderByDescending(r => r.Id).Take(take).ToListAsync(ct);
        return rows.Select(Summary).ToList();
    }

    /// <summary>The latest finished run of each connection.</summary>
    public async Task<IReadOnlyList<SyncRunSummary>> LastRunsAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var latest = db.Set<SyncRun>().Where(r => r.Status != SyncRunStatus.Running)
            .GroupBy(r => r.ConnectionId).Select(g => g.Max(r => r.Id));
        var rows = await db.Set<SyncRun>().AsNoTracking().Where(r => latest.Contains(r.Id)).ToListAsync(ct);
        return rows.Select(Summary).ToList();
    }

    public static SyncRunSummary Summary(SyncRun r) =>
        new(r.Id, r.ConnectionId, r.Trigger, r.Status, r.StartedUtc, r.EndedUtc, r.Read, r.Written, r.Errors, r.LastError);
}
