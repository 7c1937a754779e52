namespace Portal.Features.Customers.Sync;

/// <summary>How a run ended (or stands), as recorded.</summary>
public sealed record SyncRunSummary(
    long RunId, int ConnectionId, string Trigger, SyncRunStatus Status, DateTimeOffset StartedUtc, DateTimeOffset? EndedUtc,
    int Read, int Written, int Errors, string? LastError)
{
    public TimeSpan? Duration => EndedUtc - StartedUtc;

    /// <summary>Records read per second over the whole run.</summary>
    public double Rate => Duration is { TotalSeconds: > 0 } d ? Read / d.TotalSeconds : 0;
}

/// <summary>
/// A connection's sync as the Connections page shows it: queued or running, the progress bar's value (0..1, null
/// when the source cannot tell), records so far and the rate, and the last finished run.
/// </summary>
public sealed record SyncStatus(
    int ConnectionId, bool Queued, bool Running, DateTimeOffset? StartedUtc, int Read, int Written, int Errors,
    double? Progress, double RatePerSecond, SyncRunSummary? LastRun)
{
    public static SyncStatus Idle(int connectionId, SyncRunSummary? lastRun = null) =>
        new(connectionId, false, false, null, 0, 0, 0, null, 0, lastRun);
}

/// <summary>In-memory progress of sync runs (no user checks: the caller's service scopes what it shows).</summary>
public interface ISyncMonitor
{
    SyncStatus Get(int connectionId);

    IReadOnlyList<SyncStatus> All { get; }

    /// <summary>Raised (on a background thread) whenever a connection's status changes; pages re-render on it.</summary>
    event Action<SyncStatus>? Changed;

    /// <summary>The connection's recorded runs, newest first.</summary>
    Task<IReadOnlyList<SyncRunSummary>> HistoryAsync(int connectionId, int take = 20, CancellationToken ct = default);
}
