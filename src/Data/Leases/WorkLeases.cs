using Microsoft.Extensions.Options;

namespace Portal.Data.Leases;

/// <summary>Leases for one piece of work at a time across instances (a connection's sync run, a poll of myKaarma).</summary>
public sealed class WorkLeases(LeaseStore store, IOptions<LeaseOptions> options, TimeProvider time, ILogger<WorkLeases> logger)
{
    /// <summary>The lease for the length of the work; null when another instance holds it now.</summary>
    public async Task<HeldLease?> TryHoldAsync(string name, CancellationToken ct)
    {
        var grant = await store.TryAcquireAsync(name, options.Value.LeaseDuration, ct);
        return grant is null ? null : new HeldLease(store, name, options.Value, time, logger);
    }

    /// <summary>Waits (up to <paramref name="wait"/>) for another instance to finish the same work, then holds the lease.</summary>
    public async Task<HeldLease?> HoldAsync(string name, TimeSpan wait, CancellationToken ct)
    {
        var deadline = time.GetUtcNow() + wait;
        while (true)
        {
            if (await TryHoldAsync(name, ct) is { } held)
            {
                return held;
            }
            if (time.GetUtcNow() >= deadline)
            {
                return null;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(250), time, ct);
        }
    }
}
