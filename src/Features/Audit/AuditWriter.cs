using System.Threading.Channels;

namespace Portal.Features.Audit;

/// <summary>
/// The only writer of the audit table. Callers queue entries on a bounded channel; one loop takes what is queued
/// (up to <see cref="MaxBatch"/>) and has <see cref="AuditChainAppender"/> chain and commit them in one transaction,
/// then completes each caller's task: only after the commit. So the chain order holds under any number of callers,
/// a batch costs one disk sync, and whatever a caller was told is written survives a crash.
/// </summary>
internal sealed class AuditWriter(AuditChainAppender appender, ILogger<AuditWriter> logger) : IHostedService, IAsyncDisposable
{
    internal const int MaxBatch = 500;

    private readonly Channel<AuditWork> _queue = Channel.CreateBounded<AuditWork>(
        new BoundedChannelOptions(10_000) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
    private readonly Lock _startGate = new();
    private Task? _loop;

    /// <summary>Appends an entry (sequence, time and hashes are assigned here) and returns its sequence once committed.</summary>
    public async Task<long> AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        EnsureStarted();
        var work = new AppendWork(entry);
        await _queue.Writer.WriteAsync(work, cancellationToken);
        return await work.Done.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Removes up to <paramref name="maxEntries"/> entries older than the cutoff and writes a checkpoint for them, in
    /// queue order with the appends; call again while it removes a full step.
    /// </summary>
    public async Task<AuditRetentionResult> RunRetentionAsync(DateTime cutoffUtc, int maxEntries = int.MaxValue, CancellationToken cancellationToken = default)
    {
        EnsureStarted();
        var work = new RetentionWork(cutoffUtc, maxEntries);
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
            await appender.AppendAsync(batch.Select(w => w.Entry).ToList());
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
            work.Done.TrySetResult(await appender.RetainAsync(work.CutoffUtc, work.MaxEntries));
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Audit retention failed");
            work.Done.TrySetException(ex);
        }
    }
}
