namespace Portal.Features.Customers.Sync;

/// <summary>Asks for a sync outside the schedule (the Connections page's "Sync now").</summary>
public interface ISyncService
{
    /// <summary>Queues a run of the connection; false when one is already queued or running (nothing to do).</summary>
    bool RequestSync(int connectionId);

    /// <summary>Queues a run of every enabled connection; returns how many were queued.</summary>
    Task<int> RequestAllAsync(CancellationToken ct = default);
}
