using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Features.Audit;

/// <summary>
/// The writer's transactions: takes the audit write lock (<see cref="AuditWriteLock"/>), reads the chain's head inside
/// that transaction, chains entries onto the end (sequence, strictly increasing time, previous hash, own HMAC),
/// commits (synced), then moves the head anchor. Reading the head under the lock keeps one chain when several portal
/// instances write to one database. Used by <see cref="AuditWriter"/>'s single loop only, so its state needs no lock.
/// </summary>
internal sealed class AuditChainAppender(
    IDbContextFactory<PortalDbContext> dbFactory, AuditKeyFiles files, TimeProvider clock, ILogger<AuditChainAppender> logger)
{
    // The head anchor read at the first write, then the newest entry this instance committed: a table that ends
    // before it lost its newest entries (whichever instance wrote them last, the table is never behind it otherwise).
    private AuditHead? _anchor;
    private bool _started;

    public async Task AppendAsync(IReadOnlyList<AuditEntry> entries)
    {
        await using var db = await AuditWriteLock.OpenAsync(dbFactory);
        await using var tx = await AuditWriteLock.BeginAsync(db);
        var state = await HeadAsync(db);
        var next = Chain(db, state, entries);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        Committed(next);
    }

    /// <summary>Removes the expired prefix and chains a checkpoint for it, in one transaction.</summary>
    public async Task<AuditRetentionResult> RetainAsync(DateTime cutoffUtc, int maxEntries)
    {
        await using var db = await AuditWriteLock.OpenAsync(dbFactory);
        await using var tx = await AuditWriteLock.BeginAsync(db);
        var state = await HeadAsync(db);
        if (await AuditRetention.RemoveExpiredAsync(db, cutoffUtc, maxEntries) is not { } range)
        {
            return new AuditRetentionResult(null, null);
        }
        var checkpoint = AuditCheckpoint.Create(range, cutoffUtc);
        var next = Chain(db, state, [checkpoint]);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        Committed(next);
        return new AuditRetentionResult(range, checkpoint.Sequence);
    }

    private AuditChainState Chain(PortalDbContext db, AuditChainState state, IEnumerable<AuditEntry> entries)
    {
        using var hasher = new AuditHasher(files.Key);
        var step = AuditSql.TimeStepTicks(db.Database);
        foreach (var entry in entries)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            now = now.AddTicks(-(now.Ticks % step)); // hashed as the database will give it back
            // Strictly increasing times let queries turn a time range into a sequence range.
            var time = now > state.TimestampUtc ? now : state.TimestampUtc.AddTicks(step);
            entry.Sequence = state.Sequence + 1;
            entry.TimestampUtc = time;
            entry.PreviousHash = state.Hash;
            entry.Hash = hasher.Compute(entry);
            state = new AuditChainState(entry.Sequence, entry.Hash, time);
            db.AuditEntries().Add(entry);
        }
        return state;
    }

    private void Committed(AuditChainState next)
    {
        _anchor = new AuditHead(next.Sequence, next.Hash);
        try
        {
            files.WriteHead(new AuditHead(next.Sequence, next.Hash));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The entries are committed; a stale head only weakens the cut-off check until the next commit.
            logger.LogError(ex, "Could not update the audit head anchor");
        }
    }

    /// <summary>The end of the chain, read inside the locked transaction: another instance may have appended since.</summary>
    private async Task<AuditChainState> HeadAsync(PortalDbContext db)
    {
        if (!_started)
        {
            _anchor = ReadAnchor();
            _started = true;
        }
        var state = await AuditChainState.LoadAsync(db, _anchor);
        if (state.Sequence == 0 && !files.KeyExists)
        {
            // A first entry recorded before AuditKeyStep ran (another start-up step): the log is empty, so make the key.
            files.CreateKey();
        }
        if (state.HeadAhead)
        {
            logger.LogCritical(
                "The audit table ends before its head anchor (sequence {Sequence}): entries were removed. Appending after the anchor so the gap stays visible.",
                state.Sequence);
        }
        return state;
    }

    private AuditHead? ReadAnchor()
    {
        try
        {
            return files.ReadHead();
        }
        catch (InvalidDataException ex)
        {
            // The verifier reports it; the log must keep recording, and the next commit writes a good head.
            logger.LogError(ex, "The audit head anchor is unreadable");
        }
        return null;
    }
}
