using System.Collections.Concurrent;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Cova;

/// <summary>
/// Cova's customers: generated on demand from the population, with changed customers kept in an in-memory overlay.
/// The delta feed is ordered by LastModifiedDateUtc: generated records follow the index (their times grow with it),
/// then changed ones in the order they changed (a change is stamped later than anything generated).
/// </summary>
internal sealed class CovaStore(SandboxPopulation population)
{
    private readonly CovaCustomerFactory _factory = new(population);
    private readonly ConcurrentDictionary<CovaKey, CovaWireCustomer> _overlay = new();
    private readonly List<(DateTimeOffset Stamp, CovaKey Key)> _changes = [];
    private readonly Lock _writes = new();
    private DateTimeOffset _lastStamp = SandboxClock.Now;

    public CovaWireCustomer? Find(Guid id) => _factory.KeyOf(id) is { } key ? Current(key) : null;

    /// <summary>Customers modified at or after <paramref name="since"/>, oldest first, after <paramref name="skip"/>, at most <paramref name="top"/>.</summary>
    public IEnumerable<CovaWireCustomer> ModifiedSince(DateTimeOffset since, int skip, int? top)
    {
        var keys = Keys(since).Skip(skip);
        return (top is { } t ? keys.Take(t) : keys).Select(Current);
    }

    /// <summary>Applies a change to a customer, bumping its Version and LastModifiedDateUtc; null when there is no such customer.</summary>
    public CovaWireCustomer? Change(Guid id, Func<CovaWireCustomer, CovaWireCustomer> change)
    {
        if (_factory.KeyOf(id) is not { } key)
        {
            return null;
        }
        lock (_writes)
        {
            // Later than every generated time and than the previous change, even on a machine whose clock is behind.
            var now = DateTimeOffset.UtcNow;
            _lastStamp = now > _lastStamp ? now : _lastStamp.AddTicks(1);
            var current = Current(key);
            var changed = change(current) with { Version = current.Version + 1, LastModifiedDateUtc = _lastStamp };
            _overlay[key] = changed;
            _changes.Add((_lastStamp, key));
            return changed;
        }
    }

    private CovaWireCustomer Current(CovaKey key) => _overlay.TryGetValue(key, out var changed) ? changed : _factory.Create(key);

    private IEnumerable<CovaKey> Keys(DateTimeOffset since)
    {
        for (var i = population.FirstIndexModifiedAtOrAfter(since, SandboxVendor.Cova); i < population.Size; i++)
        {
            if (!population.Holds(i, SandboxVendor.Cova))
            {
                continue;
            }
            var duplicate = new CovaKey(i, true);
            if (_factory.HasDuplicate(i) && !_overlay.ContainsKey(duplicate))
            {
                yield return duplicate;
            }
            if (!_overlay.ContainsKey(new CovaKey(i, false)))
            {
                yield return new CovaKey(i, false);
            }
        }
        (DateTimeOffset Stamp, CovaKey Key)[] changes;
        lock (_writes)
        {
            changes = [.. _changes];
        }
        // A customer changed twice appears once, at its latest change.
        foreach (var (stamp, key) in changes)
        {
            if (stamp >= since && _overlay.TryGetValue(key, out var latest) && latest.LastModifiedDateUtc == stamp)
            {
                yield return key;
            }
        }
    }
}
