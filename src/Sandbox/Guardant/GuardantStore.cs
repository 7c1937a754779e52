using System.Collections.Concurrent;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Guardant;

/// <summary>
/// The emulator's customers: generated from the population on demand, with creates, replacements and deletes kept
/// in an in-memory overlay (null = deleted). Created customers get ids after every generated one.
/// </summary>
internal sealed class GuardantStore(SandboxPopulation population) : ISandboxWarmUp
{
    private readonly ConcurrentDictionary<long, GuardantWireCustomer?> _overlay = new();
    private readonly Lazy<GuardantCatalog> _catalog = new(() => GuardantCatalog.Build(population));
    private long _lastId = population.Size;

    public SandboxPopulation Population => population;

    public string Name => "guardant customer orders";

    public void WarmUp() => _ = Catalog;

    /// <summary>The generated customers' sort orders and filter flags, built on first use.</summary>
    public GuardantCatalog Catalog => _catalog.Value;

    /// <summary>Every changed, created or deleted customer (deleted ones as null).</summary>
    public IReadOnlyList<KeyValuePair<long, GuardantWireCustomer?>> Overlay => _overlay.ToArray();

    public GuardantWireCustomer? Get(long id) => _overlay.TryGetValue(id, out var changed) ? changed : Generated(id);

    /// <summary>The unchanged generated customer with this id, or null.</summary>
    public GuardantWireCustomer? Generated(long id) =>
        SandboxIds.TryParseNumber(id, out var index) && index < population.Size ? GuardantGenerator.Customer(population, index) : null;

    public GuardantWireCustomer Create(GuardantWriteFields fields)
    {
        var customer = fields.ToCustomer(Interlocked.Increment(ref _lastId), previous: null, DateTimeOffset.UtcNow);
        _overlay[customer.Id] = customer;
        return customer;
    }

    /// <summary>PUT: the record becomes exactly <paramref name="fields"/> (what it leaves out is blanked); null when absent.</summary>
    public GuardantWireCustomer? Replace(long id, GuardantWriteFields fields)
    {
        while (Get(id) is { } previous)
        {
            var next = fields.ToCustomer(id, previous, DateTimeOffset.UtcNow);
            if (Swap(id, previous, next))
            {
                return next;
            }
        }
        return null;
    }

    public bool Delete(long id)
    {
        while (Get(id) is { } previous)
        {
            if (Swap(id, previous, null))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The customer's orders, or null when the customer does not exist. Created customers have none yet.</summary>
    public IReadOnlyList<GuardantWireOrder>? Orders(long id)
    {
        if (Get(id) is null)
        {
            return null;
        }
        return SandboxIds.TryParseNumber(id, out var index) && index < population.Size && population.Holds(index, SandboxVendor.Guardant)
            ? GuardantGenerator.Orders(population, index, population.ModifiedAt(index, SandboxVendor.Guardant))
            : [];
    }

    // Compare-and-swap so two concurrent writes to one customer cannot both win on a stale read.
    private bool Swap(long id, GuardantWireCustomer previous, GuardantWireCustomer? next) =>
        _overlay.TryGetValue(id, out var stored)
            ? ReferenceEquals(stored, previous) && _overlay.TryUpdate(id, next, stored)
            : _overlay.TryAdd(id, next);
}
