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

    /// <summary>
    /// Runs still marked Running (of one connection, or of all) whose connection is not in <paramref name="runningElsewhere"/>
    /// were cut off by a stop (another instance sharing the database may be running the others); returns them, marked
    /// Interrupted, so they can be audited (a run the process died in never was).
    /// </summary>
    public async Task<IReadOnlyList<SyncRun>> MarkInterruptedAsync(int? connectionId, IReadOnlySet<int> runningElsewhere, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var except = runningElsewhere.ToList();
        var cut = await db.Set<SyncRun>()
            .Where(r => r.Status == SyncRunStatus.Running && (connectionId == null || r.ConnectionId == connectionId) && !except.Contains(r.ConnectionId))
            .ToListAsync(ct);
        foreach (var run in cut)
        {
            (run.Status, run.EndedUtc) = (SyncRunStatus.Interrupted, time.GetUtcNow());
            run.LastError = "The portal stopped during the run; the next run resumes from the last checkpoint.";
        }
        await db.SaveChangesAsync(ct);
        return cut;
    }

    /// <summary>When the newest scheduled run (of any connection, on any instance) started.</summary>
    public async Task<DateTimeOffset?> LastScheduledStartAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<SyncRun>().Where(r => r.Trigger == SyncRunner.Scheduled).OrderByDescending(r => r.Id)
            .Select(r => (DateTimeOffset?)r.StartedUtc).FirstOrDefaultAsync(ct);
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
