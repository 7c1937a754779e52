using System.Text.Json.Nodes;
using Portal.Sandbox.People;
using Portal.Sandbox.Walcu.Generation;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// Walcu's generated records: the population's people whom Walcu holds, rendered on demand. An id is decoded
/// back to (person, ordinal), so GET by id, "children of client X" and "modified since T" never enumerate
/// everyone; nothing is cached.
/// </summary>
internal sealed class WalcuWorld(SandboxPopulation population)
{
    private long _created;

    public SandboxPopulation Population => population;

    public string Id(int index, int ordinal) => SandboxIds.ObjectId(population.Seed, SandboxVendor.Walcu, index, ordinal);

    /// <summary>A fresh ObjectId for a created record: the creation second, then a counter no population id uses.</summary>
    public string NewId() =>
        $"{DateTimeOffset.UtcNow.ToUnixTimeSeconds():x8}ffff{Interlocked.Increment(ref _created):x12}";

    public JsonObject? Generate(WalcuCollection collection, string id) =>
        Locate(collection, id) is { } at ? Build(collection, new WalcuPlan(this, at.Index), at.K) : null;

    /// <summary>Generated records in natural order (by person, then record number; reversed when asked), built only when read.</summary>
    public IEnumerable<WalcuEntry> Scan(WalcuCollection collection, WalcuScanHint hint, bool descending = false)
    {
        if (hint.Ids is { } ids)
        {
            var located = ids.Distinct().Select(id => Locate(collection, id)).OfType<(int Index, int K)>().Order().ToList();
            foreach (var (index, k) in descending ? Enumerable.Reverse(located) : located)
            {
                yield return new WalcuEntry(Id(index, WalcuOrdinals.Of(collection, k)), () => Build(collection, new WalcuPlan(this, index), k));
            }
            yield break;
        }
        var onePerPerson = collection == WalcuCollection.Clients || collection == WalcuCollection.Contacts;
        foreach (var index in People(hint, descending))
        {
            if (onePerPerson && hint.Search is null)
            {
                // One record per person: its id needs no plan, so skipping it (skip=500000) costs next to nothing.
                yield return new WalcuEntry(Id(index, WalcuOrdinals.Of(collection, 0)), () => Build(collection, new WalcuPlan(this, index), 0));
                continue;
            }
            var plan = new WalcuPlan(this, index);
            if (collection == WalcuCollection.Clients && hint.Search is { } search && !WalcuClientDocs.Matches(search, plan))
            {
                continue; // the client cannot match: skip building its document
            }
            var count = plan.Count(collection);
            for (var n = 0; n < count; n++)
            {
                var k = descending ? count - 1 - n : n;
                yield return new WalcuEntry(plan.Id(collection, k), () => Build(collection, plan, k));
            }
        }
    }

    private IEnumerable<int> People(WalcuScanHint hint, bool descending)
    {
        if (hint.ClientId is { } clientId)
        {
            return SandboxIds.TryParseObjectId(population.Seed, SandboxVendor.Walcu, clientId, out var index, out var ordinal)
                && ordinal == WalcuOrdinals.Client && index < population.Size && population.Holds(index, SandboxVendor.Walcu)
                    ? [index]
                    : [];
        }
        var first = hint.FirstPerson(population);
        var all = Enumerable.Range(first, population.Size - first);
        return (descending ? all.Reverse() : all).Where(i => population.Holds(i, SandboxVendor.Walcu));
    }

    private (int Index, int K)? Locate(WalcuCollection collection, string id)
    {
        if (!SandboxIds.TryParseObjectId(population.Seed, SandboxVendor.Walcu, id, out var index, out var ordinal)
            || index >= population.Size || !population.Holds(index, SandboxVendor.Walcu))
        {
            return null;
        }
        var k = WalcuOrdinals.RecordOf(collection, ordinal);
        return k >= 0 && k < new WalcuPlan(this, index).Count(collection) ? (index, k) : null;
    }

    private static JsonObject Build(WalcuCollection collection, WalcuPlan plan, int k)
    {
        var doc = collection.Name switch
        {
            "clients" => WalcuClientDocs.Client(plan),
            "contacts" => WalcuClientDocs.Contact(plan),
            "clientvehicles" => WalcuVehicleDocs.ClientVehicle(plan, k),
            "cars" => WalcuVehicleDocs.Car(plan, k),
            "saleleads" => WalcuLeadDocs.SaleLead(plan, k),
            "aftersaleleads" => WalcuLeadDocs.AfterSaleLead(plan, k),
            "repairorders" => WalcuOrderDocs.RepairOrder(plan, k),
            "offers" => WalcuOrderDocs.Offer(plan, k),
            _ => throw new ArgumentOutOfRangeException(nameof(collection), collection.Name, null),
        };
        return collection.Schema.Complete(doc);
    }
}
