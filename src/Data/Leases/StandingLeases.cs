using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace Portal.Data.Leases;

/// <summary>Which instance does the once-only background work now (the sync schedule, the decision sender...).</summary>
public interface IStandingLeases
{
    /// <summary>True while this instance holds the lease (checked against a deadline short of its expiry).</summary>
    bool IsHeld(string name);

    /// <summary>
    /// True when this instance holds the lease, taking or renewing it now when it is not held locally: a keeper round
    /// that came late (a busy machine, the database not migrated yet at the first round) must not leave work that is
    /// waiting here, such as a decision just taken on this instance, asleep until the next round.
    /// </summary>
    Task<bool> HoldNowAsync(string name, CancellationToken ct);

    /// <summary>Raised (on a background thread) when this instance takes a lease it did not hold.</summary>
    event Action<string>? Acquired;

    /// <summary>How often leases change hands at most: waiting work looks again this often.</summary>
    TimeSpan RenewEvery { get; }
}

/// <summary>A lease the <see cref="LeaseKeeper"/> keeps taking and renewing for as long as the portal runs.</summary>
public sealed record StandingLease(string Name);

/// <summary>
/// Holds the standing leases: every <see cref="LeaseOptions.LeaseRenewEvery"/> it renews those it holds and tries to take
/// those that are free or lapsed; on stop it releases them, so another instance takes over within one renewal.
/// A lease counts as held locally until one renewal period before it lapses in the database, so that this instance
/// stops its work before another may start it.
/// </summary>
public sealed class LeaseKeeper(
    LeaseStore store, IEnumerable<StandingLease> leases, IOptions<LeaseOptions> options, TimeProvider time, ILogger<LeaseKeeper> logger)
    : BackgroundService, IStandingLeases
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _heldUntil = new(StringComparer.Ordinal);
    private volatile bool _stopping;
    private readonly string[] _names = leases.Select(l => l.Name).Distinct(StringComparer.Ordinal).ToArray();

    public event Action<string>? Acquired;

    public TimeSpan RenewEvery => options.Value.LeaseRenewEvery;

    public bool IsHeld(string name) => _heldUntil.TryGetValue(name, out var until) && until > time.GetUtcNow();

    public async Task<bool> HoldNowAsync(string name, CancellationToken ct)
    {
        if (!IsHeld(name) && !_stopping && _names.Contains(name, StringComparer.Ordinal))
        {
            await RenewAsync(name, ct);
        }
        return IsHeld(name);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                foreach (var name in _names)
                {
                    await RenewAsync(name, stoppingToken);
                }
                await Task.Delay(options.Value.LeaseRenewEvery, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping: StopAsync releases
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true; // from here on nothing takes a lease again: a stopping instance hands its work over
        await base.StopAsync(cancellationToken);
        foreach (var name in _heldUntil.Keys.ToList())
        {
            _heldUntil.TryRemove(name, out _);
            try
            {
                await store.ReleaseAsync(name, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not release lease {Lease}; it lapses on its own", name);
            }
        }
    }

    private async Task RenewAsync(string name, CancellationToken ct)
    {
        try
        {
            var grant = await store.TryAcquireAsync(name, options.Value.LeaseDuration, ct);
            if (grant is null)
            {
                if (_heldUntil.TryRemove(name, out _))
                {
                    logger.LogWarning("Lease {Lease} was taken by another instance", name);
                }
                return;
            }
            var wasHeld = IsHeld(name);
            _heldUntil[name] = grant.ExpiresUtc - options.Value.LeaseRenewEvery;
            if (!wasHeld)
            {
                logger.LogInformation("Instance {Instance} holds lease {Lease} (version {Version})", store.Holder, name, grant.Version);
                Acquired?.Invoke(name);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A database hiccup: the lease lapses locally at its deadline, and the next round tries again.
            logger.LogWarning(ex, "Could not renew lease {Lease}", name);
        }
    }
}
