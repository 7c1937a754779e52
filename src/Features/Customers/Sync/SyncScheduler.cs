using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Portal.Data.Leases;
using Portal.Features.Connections;

namespace Portal.Features.Customers.Sync;

/// <summary>
/// The hosted sync service: queues every enabled connection on the interval (first shortly after start) and on
/// demand, and runs the queue with a few workers. A connection is never queued twice nor run twice at once. With several
/// instances on one database only the holder of <see cref="SyncLeases.Schedule"/> queues the scheduled runs, and the
/// runner's per-connection lease stops a "Sync now" on one instance while another runs that connection.
/// </summary>
internal sealed class SyncScheduler(
    SyncRunner runner, SyncStore store, SyncMonitor monitor, ConnectionCatalog catalog, IStandingLeases standing, LeaseStore leases,
    IOptions<SyncOptions> options, TimeProvider time, SyncAuditor auditor, ILogger<SyncScheduler> logger) : BackgroundService, ISyncService
{
    private readonly Channel<(int ConnectionId, string Trigger)> _queue = Channel.CreateUnbounded<(int, string)>();
    private readonly ConcurrentDictionary<int, byte> _queuedOrRunning = new();
    private DateTimeOffset? _lastQueued;

    public bool RequestSync(int connectionId) => Enqueue(connectionId, SyncRunner.Manual);

    public async Task<int> RequestAllAsync(CancellationToken ct = default) => await EnqueueAllAsync(SyncRunner.Manual, ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var runningElsewhere = SyncLeases.ConnectionIds(await leases.HeldAsync(SyncLeases.ConnectionPrefix, stoppingToken));
            // A run the process died in (killed, power lost) was never audited: it is, now, as interrupted.
            await auditor.RecordInterruptedAsync(await store.MarkInterruptedAsync(null, runningElsewhere, stoppingToken), catalog, stoppingToken);
            monitor.Load(await store.LastRunsAsync(stoppingToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not read earlier sync runs; syncing anyway");
        }
        var workers = Enumerable.Range(0, Math.Max(1, options.Value.MaxParallelRuns)).Select(_ => WorkAsync(stoppingToken)).ToList();
        if (options.Value.Enabled)
        {
            await ScheduleAsync(stoppingToken);
        }
        await Task.WhenAll(workers);
    }

    private async Task ScheduleAsync(CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(options.Value.FirstRunDelay, time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (standing.IsHeld(SyncLeases.Schedule) && await DueAsync(stoppingToken))
                    {
                        var now = time.GetUtcNow();
                        await EnqueueAllAsync(SyncRunner.Scheduled, stoppingToken);
                        _lastQueued = now; // only once queued: a failure (say, before the portal listens) is retried soon
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A failure here must not stop the host (a hosted service's exception does): try at the next look.
                    logger.LogError(ex, "Could not queue the scheduled sync");
                }
                // Looks often (another instance may stop holding the schedule), queues once per interval.
                var interval = options.Value.Interval;
                await Task.Delay(interval < standing.RenewEvery ? interval : standing.RenewEvery, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping
        }
    }

    /// <summary>
    /// The first time this instance holds the schedule after start, or once the last scheduled run (on any instance)
    /// started an interval ago.
    /// </summary>
    private async Task<bool> DueAsync(CancellationToken ct)
    {
        if (_lastQueued is not { } queued)
        {
            return true;
        }
        var started = await store.LastScheduledStartAsync(ct);
        var last = started > queued ? started.Value : queued;
        return time.GetUtcNow() - last >= options.Value.Interval;
    }

    private async Task WorkAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var (connectionId, trigger) in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await runner.RunAsync(connectionId, trigger, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Sync of connection {ConnectionId} could not run", connectionId);
                }
                finally
                {
                    _queuedOrRunning.TryRemove(connectionId, out _);
                    monitor.Dequeued(connectionId);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping: a run cut off here resumes from its checkpoint at the next start
        }
    }

    private async Task<int> EnqueueAllAsync(string trigger, CancellationToken ct)
    {
        var connections = await catalog.ListEnabledAsync(ct: ct);
        return connections.Count(c => Enqueue(c.Connection.Id, trigger));
    }

    private bool Enqueue(int connectionId, string trigger)
    {
        if (!_queuedOrRunning.TryAdd(connectionId, 0))
        {
            return false;
        }
        monitor.Queued(connectionId);
        return _queue.Writer.TryWrite((connectionId, trigger));
    }
}
