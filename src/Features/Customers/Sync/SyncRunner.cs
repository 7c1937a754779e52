using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using Portal.Data.Leases;
using Portal.Features.Connections;
using Portal.Features.Customers.Index;
using Portal.Features.Customers.Linking;
using Portal.Features.Customers.Sync.Sources;
using Portal.Vendors;

namespace Portal.Features.Customers.Sync;

/// <summary>
/// One run of one connection: reads batches from the vendor's source, upserts them, links what changed, and commits
/// the checkpoint after each batch, so a run cut off anywhere resumes from its last committed batch. Every run is
/// recorded (SyncRuns), shown live (<see cref="ISyncMonitor"/>) and audited under the system actor. A run holds the
/// connection's lease (<see cref="SyncLeases"/>), so instances sharing the database never run one connection twice at once.
/// </summary>
public sealed class SyncRunner(
    ConnectionCatalog catalog, IEnumerable<ISyncSource> sources, CustomerIndexWriter writer, CustomerLinker linker,
    SyncStore store, SyncMonitor monitor, SyncAuditor auditor, WorkLeases leases, IOptions<SyncOptions> options, ILogger<SyncRunner> logger)
{
    public const string Scheduled = "schedule";
    public const string Manual = "manual";

    private readonly ConcurrentDictionary<int, byte> _running = new();

    /// <summary>Runs the connection now; <paramref name="afterBatch"/> sees the run after each committed batch.</summary>
    /// <returns>The run, or null when there was nothing to run or the connection is already running (here or on another instance).</returns>
    public async Task<SyncRunSummary?> RunAsync(int connectionId, string trigger, CancellationToken ct, Action<SyncRun>? afterBatch = null)
    {
        if (!_running.TryAdd(connectionId, 0))
        {
            return null;
        }
        try
        {
            await using var lease = await leases.TryHoldAsync(SyncLeases.Connection(connectionId), ct);
            if (lease is null)
            {
                logger.LogInformation("Sync of connection {ConnectionId} is running on another instance", connectionId);
                return null;
            }
            using var held = CancellationTokenSource.CreateLinkedTokenSource(ct, lease.Lost);
            // Holding the lease, no run of this connection is going on anywhere: one still marked Running was cut off.
            await auditor.RecordInterruptedAsync(await store.MarkInterruptedAsync(connectionId, new HashSet<int>(), held.Token), catalog, held.Token);
            return await RunExclusiveAsync(connectionId, trigger, afterBatch, held.Token);
        }
        finally
        {
            _running.TryRemove(connectionId, out _);
        }
    }

    private async Task<SyncRunSummary?> RunExclusiveAsync(int connectionId, string trigger, Action<SyncRun>? afterBatch, CancellationToken ct)
    {
        var connection = await catalog.GetAsync(connectionId, ct);
        var source = sources.FirstOrDefault(s => s.Vendor == connection?.Connection.Vendor);
        if (connection is not { Enabled: true } || source is null)
        {
            return null; // deleted, disabled, or a vendor without a sync source
        }
        var run = await store.StartAsync(connection, trigger, ct);
        monitor.Started(run);
        try
        {
            await ReadAllAsync(connection, source, run, afterBatch, ct);
            run.Status = SyncRunStatus.Succeeded;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            (run.Status, run.LastError) = (SyncRunStatus.Cancelled, "Cancelled; the next run resumes from the last checkpoint.");
        }
        catch (VendorApiException ex)
        {
            (run.Status, run.LastError, run.Errors) = (SyncRunStatus.Failed, $"{ex.Kind}: {ex.VendorMessage}", run.Errors + 1);
            logger.LogWarning("Sync of connection {ConnectionId} failed: {Kind}", connectionId, ex.Kind);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            (run.Status, run.LastError, run.Errors) = (SyncRunStatus.Failed, "Unexpected error in the portal; see the server log.", run.Errors + 1);
            logger.LogError(ex, "Sync of connection {ConnectionId} failed unexpectedly", connectionId);
        }
        await store.FinishAsync(run);
        await auditor.RecordAsync(run, connection.Connection.Name);
        monitor.Finished(run); // last: once the monitor shows the outcome, the run is recorded and audited
        return SyncStore.Summary(run);
    }

    private async Task ReadAllAsync(ResolvedConnection connection, ISyncSource source, SyncRun run, Action<SyncRun>? afterBatch, CancellationToken ct)
    {
        var checkpoint = await store.CheckpointAsync(run.ConnectionId, ct);
        var context = new SyncContext(connection, checkpoint, Math.Max(1, options.Value.BatchSize));
        await foreach (var batch in source.ReadAsync(context, ct).WithCancellation(ct))
        {
            var written = await writer.UpsertAsync(batch.Records, connection.DealershipId, ct);
            written += batch.Deleted.Count > 0 ? await writer.MarkDeletedAsync(batch.Deleted, ct) : 0;
            await linker.LinkPendingAsync(ct);
            run.Read += batch.ReadCount;
            run.Written += written;
            run.Errors += batch.Errors;
            await store.SaveProgressAsync(run, batch.Checkpoint, ct);
            monitor.Progressed(run, batch.Progress);
            afterBatch?.Invoke(run);
        }
    }
}
