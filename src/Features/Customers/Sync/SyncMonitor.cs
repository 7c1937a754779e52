using System.Collections.Concurrent;

namespace Portal.Features.Customers.Sync;

/// <summary>The in-memory side of <see cref="ISyncMonitor"/>, fed by the scheduler and the runner.</summary>
public sealed class SyncMonitor(SyncStore store, TimeProvider time) : ISyncMonitor
{
    private readonly ConcurrentDictionary<int, SyncStatus> _status = new();

    public event Action<SyncStatus>? Changed;

    public SyncStatus Get(int connectionId) => _status.TryGetValue(connectionId, out var s) ? s : SyncStatus.Idle(connectionId);

    public IReadOnlyList<SyncStatus> All => _status.Values.OrderBy(s => s.ConnectionId).ToList();

    public Task<IReadOnlyList<SyncRunSummary>> HistoryAsync(int connectionId, int take = 20, CancellationToken ct = default) =>
        store.HistoryAsync(connectionId, Math.Clamp(take, 1, 500), ct);

    /// <summary>Seeds each connection's last outcome from the database at start.</summary>
    public void Load(IEnumerable<SyncRunSummary> lastRuns)
    {
        foreach (var run in lastRuns)
        {
            _status.AddOrUpdate(run.ConnectionId, _ => SyncStatus.Idle(run.ConnectionId, run), (_, s) => s with { LastRun = run });
        }
    }

    public void Queued(int connectionId) => Update(connectionId, s => s with { Queued = true });

    public void Dequeued(int connectionId) => Update(connectionId, s => s with { Queued = false });

    public void Started(SyncRun run) => Update(run.ConnectionId, s => s with
    {
        Queued = false, Running = true, StartedUtc = run.StartedUtc, Read = 0, Written = 0, Errors = 0, Progress = null, RatePerSecond = 0,
    });

    public void Progressed(SyncRun run, double? progress)
    {
        var seconds = (time.GetUtcNow() - run.StartedUtc).TotalSeconds;
        Update(run.ConnectionId, s => s with
        {
            Read = run.Read, Written = run.Written, Errors = run.Errors, Progress = progress ?? s.Progress,
            RatePerSecond = seconds > 0 ? run.Read / seconds : 0,
        });
    }

    public void Finished(SyncRun run) => Update(run.ConnectionId, s => s with
    {
        Running = false, Progress = run.Status == SyncRunStatus.Succeeded ? 1 : s.Progress, Read = run.Read, Written = run.Written,
        Errors = run.Errors, LastRun = SyncStore.Summary(run), RatePerSecond = SyncStore.Summary(run).Rate,
    });

    private void Update(int connectionId, Func<SyncStatus, SyncStatus> change)
    {
        var status = _status.AddOrUpdate(connectionId, id => change(SyncStatus.Idle(id)), (_, s) => change(s));
        Changed?.Invoke(status);
    }
}
