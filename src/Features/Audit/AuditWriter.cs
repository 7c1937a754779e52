using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Features.Audit;

/// <summary>
/// The only writer of the audit table. Callers queue entries on a bounded channel; one loop takes what is queued
/// (up to <see cref="MaxBatch"/>), assigns sequence numbers, times and hashes in queue order, commits them in one
/// transaction with synchronous=FULL, completes each caller's task only after the commit, then moves the head
/// anchor. So the chain order holds under any number of callers, a batch costs one disk sync, and whatever a
/// caller was told is written survives a crash.
/// </summary>
internal sealed class AuditWriter(
    IDbContextFactory<PortalDbContext> dbFactory, AuditKeyFiles files, TimeProvider clock, ILogger<AuditWriter> logger)
    : IHostedService, IAsyncDisposable
{
    internal const int MaxBatch = 500;

    private readonly Channel<AuditWork> _queue = Channel.CreateBounded<AuditWork>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Lock _startGate = new();
    private Task? _loop;
    private AuditChainState? _state;

    /// <summary>Appends an entry (sequence, time and hashes are assigned here) and returns its sequence once committed.</summary>
    public async Task<long> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        EnsureStarted();
        var work = new AppendWork(entry);
        await _queue.Writer.WriteAsync(work, cancellationToken);
        return await work.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Removes entries older than the cutoff and writes a checkpoint, in queue order with the appends.</summary>
    public async Task<AuditRetentionResult> RunRetentionAsync(DateTime cutoffUtc, CancellationToken cancellationToken = default)
    {
        EnsureStarted();
        var work = new RetentionWork(cutoffUtc);
        await _queue.Writer.WriteAsync(work, cancellationToken);
        return await work.Done.Task.WaitAsync(cancellationToken);
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        EnsureStarted();
        return Task.CompletedTask;
    }

    /// <summary>Stops taking entries and commits what is already queued.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        if (_loop is not null)
        {
            await _loop.WaitAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync() => await StopAsync(CancellationToken.None);

    // Started on first use as well as by the host, so that a caller during start-up cannot wait forever.
    private void EnsureStarted()
    {
        lock (_startGate)
        {
            _loop ??= Task.Run(RunAsync);
        }
    }

    private async Task RunAsync()
    {
        var batch = new List<AppendWork>(MaxBatch);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (_queue.Reader.TryRead(out var work))
            {
                if (work is AppendWork append)
                {
                    batch.Add(append);
                    if (batch.Count == MaxBatch)
                    {
                        await FlushAsync(batch);
                    }
                }
                else if (work is RetentionWork retention)
                {
                    await FlushAsync(batch);
                    await RetainAsync(retention);
                }
            }
            await FlushAsync(batch);
        }
    }

    private async Task FlushAsync(List<AppendWork> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }
        try
        {
            var state = _state ??= await LoadStateAsync();
            await using var db = await OpenAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            var next = Chain(db, state, batch.Select(w => w.Entry));
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            Committed(next);
            foreach (var work in batch)
            {
                work.Done.TrySetResult(work.Entry.Sequence);
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not write {Count} audit entries", batch.Count);
            foreach (var work in batch)
            {
                work.Done.TrySetException(ex);
            }
        }
        finally
        {
            batch.Clear();
        }
    }

    private async Task RetainAsync(RetentionWork work)
    {
        try
        {
            var state = _state ??= await LoadStateAsync();
            await using var db = await OpenAsync();
            await using var tx = await db.Database.BeginTransactionAsync();
            var range = await AuditRetention.RemoveExpiredAsync(db, work.CutoffUtc);
            if (range is null)
            {
                work.Done.TrySetResult(new AuditRetentionResult(null, null));
                return;
            }
            var checkpoint = AuditCheckpoint.Create(range, work.CutoffUtc);
            var next = Chain(db, state, [checkpoint]);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            Committed(next);
            work.Done.TrySetResult(new AuditRetentionResult(range, checkpoint.Sequence));
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Audit retention failed");
            work.Done.TrySetException(ex);
        }
    }

    private async Task<PortalDbContext> OpenAsync()
    {
        var db = await dbFactory.CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        // Per connection: this writer syncs every commit to disk; the rest of the portal keeps NORMAL.
        await db.Database.ExecuteSqlRawAsync("PRAGMA synchronous=FULL;");
        return db;
    }

    private AuditChainState Chain(PortalDbContext db, AuditChainState state, IEnumerable<AuditEntry> entries)
    {
        var key = files.Key;
        foreach (var entry in entries)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            // Strictly increasing times let queries turn a time range into a sequence range.
            state = state with
            {
                Sequence = state.Sequence + 1,
                TimestampUtc = now > state.TimestampUtc ? now : state.TimestampUtc.AddTicks(1),
            };
            entry.Sequence = state.Sequence;
            entry.TimestampUtc = state.TimestampUtc;
            entry.PreviousHash = state.Hash;
            entry.Hash = AuditHasher.Compute(key, entry);
            state = state with { Hash = entry.Hash };
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
        await using var db = await dbFactory.CreateDbContextAsync();
        var state = await AuditChainState.LoadAsync(db, files.ReadHead());
        if (state.HeadAhead)
        {
            logger.LogCritical(
                "The audit table ends before its head anchor (sequence {Sequence}): entries were removed. Continuing after the anchor so the gap stays visible.",
                state.Sequence);
        }
        return state;
    }
}
