namespace Portal.Data.Leases;

/// <summary>
/// A lease held for the length of one piece of work (one connection's sync run, one poll): renewed in the background
/// while the work runs, released on dispose. Made by <see cref="WorkLeases"/>.
/// </summary>
public sealed class HeldLease : IAsyncDisposable
{
    private readonly LeaseStore _store;
    private readonly CancellationTokenSource _stop = new();
    private readonly CancellationTokenSource _lost = new();
    private readonly Task _renewing;

    internal HeldLease(LeaseStore store, string name, LeaseOptions options, TimeProvider time, ILogger logger)
    {
        (_store, Name) = (store, name);
        _renewing = RenewAsync(options, time, logger);
    }

    public string Name { get; }

    /// <summary>Cancelled when a renewal finds another instance holding the lease: the work should stop.</summary>
    public CancellationToken Lost => _lost.Token;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _renewing;
        try
        {
            await _store.ReleaseAsync(Name);
        }
        finally
        {
            _stop.Dispose();
            _lost.Dispose();
        }
    }

    private async Task RenewAsync(LeaseOptions options, TimeProvider time, ILogger logger)
    {
        try
        {
            while (true)
            {
                await Task.Delay(options.LeaseRenewEvery, time, _stop.Token);
                if (await _store.TryAcquireAsync(Name, options.LeaseDuration, _stop.Token) is null)
                {
                    logger.LogWarning("Lease {Lease} lapsed during the work and another instance took it", Name);
                    await _lost.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the work ended
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not renew lease {Lease}", Name);
        }
    }
}
