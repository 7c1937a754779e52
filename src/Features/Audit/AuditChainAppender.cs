using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Features.Audit;

/// <summary>
/// The writer's transactions: chains entries onto the end (sequence, strictly increasing time, previous hash, own
/// HMAC), commits with synchronous=FULL, then moves the head anchor. Used by <see cref="AuditWriter"/>'s single
/// loop only, so its state needs no lock.
/// </summary>
internal sealed class AuditChainAppender(
    IDbContextFactory<PortalDbContext> dbFactory, AuditKeyFiles files, TimeProvider clock, ILogger<AuditChainAppender> logger)
{
    private AuditChainState? _state;

    public async Task AppendAsync(IReadOnlyList<AuditEntry> entries)
    {
        var state = _state ??= await LoadStateAsync();
        await using var db = await OpenAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
        var next = Chain(db, state, entries);
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        Committed(next);
    }

    /// <summary>Removes the expired prefix and chains a checkpoint for it, in one transaction.</summary>
    public async Task<AuditRetentionResult> RetainAsync(DateTime cutoffUtc, int maxEntries)
    {
        var state = _state ??= await LoadStateAsync();
        await using var db = await OpenAsync();
        await using var tx = await db.Database.BeginTransactionAsync();
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

    private async Task<PortalDbContext> OpenAsync()
    {
        var db = await dbFactory.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        // Per connection: audit commits are synced to disk; the rest of the portal keeps NORMAL (PostgreSQL syncs each commit).
        if (AuditSql.DurableCommits(db) is { } durable)
        {
            await db.Database.ExecuteSqlRawAsync(durable);
        }
        return db;
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
        _state = next;
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

    private async Task<AuditChainState> LoadStateAsync()
    {
        AuditHead? head = null;
        try
        {
            head = files.ReadHead();
        }
        catch (InvalidDataException ex)
        {
            // The verifier reports it; the log must keep recording, and the next commit writes a good head.
            logger.LogError(ex, "The audit head anchor is unreadable");
        }
        await using var db = await dbFactory.CreateDbContextAsync();
        var state = await AuditChainState.LoadAsync(db, head);
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
}
