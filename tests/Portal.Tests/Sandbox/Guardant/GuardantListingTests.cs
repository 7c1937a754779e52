using System.Text.Json;
using Portal.Sandbox.Guardant;
using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.Guardant;

public sealed class GuardantListingTests
{
    private static GuardantWriteFields Fields(string name, string last, string company, bool archived = false) =>
        new(name, last, $"{name}@example.com", company, "", "", 0, archived, "", "");

    /// <summary>A store of 600 people with replaced, deleted and created customers spread through every order.</summary>
    private static GuardantStore ChangedStore()
    {
        var store = new GuardantStore(new SandboxPopulation(7, 600));
        var ids = store.Catalog.Indexes.Select(i => i + 1L).ToArray();
        store.Replace(ids[3], Fields("Zed", "Aaron", ""));
        store.Replace(ids[10], Fields("Amy", "Zulu", "Acme Fleet", archived: true));
        store.Replace(ids[20], Fields("", "", ""));
        store.Delete(ids[5]);
        store.Delete(ids[^1]);
        store.Create(Fields("Bob", "Middleton", "Midway Motors"));
        store.Create(Fields("Cy", "Aardvark", ""));
        store.Create(Fields("Di", "Zz", "", archived: true));
        return store;
    }

    // Sorts by name: the enum is internal, and theory data must be public.
    public static TheoryData<string, bool, bool?, bool?> Requests()
    {
        var data = new TheoryData<string, bool, bool?, bool?>();
        foreach (var sort in Enum.GetValues<GuardantSortBy>())
        {
            foreach (var (descending, company, archived) in new[] { (false, (bool?)null, (bool?)null), (true, null, null), (false, true, null), (true, false, false), (false, null, true) })
            {
                data.Add(sort.ToString(), descending, company, archived);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public void Page_AfterWrites_SameAsSortingEveryLiveCustomer(string sortName, bool descending, bool? company, bool? archived)
    {
        var sort = Enum.Parse<GuardantSortBy>(sortName);
        var store = ChangedStore();
        var expected = Everyone(store)
            .Where(c => (company is null || c.IsCompany == company) && (archived is null || c.Archived == archived))
            .Order(Comparer<GuardantWireCustomer>.Create((a, b) => GuardantSortKey.Compare(sort, a, b)))
            .ToList();
        if (descending)
        {
            expected.Reverse();
        }

        foreach (var (offset, limit) in new[] { (0, 7), (5, 13), (expected.Count - 4, 10), (expected.Count + 3, 5) })
        {
            var page = GuardantListing.Page(store, new GuardantListRequest(sort, descending, Math.Max(offset, 0), limit, company, archived));

            Assert.Equal(Json(expected.Skip(Math.Max(offset, 0)).Take(limit)), Json(page));
        }
    }

    [Fact]
    public void Orders_GeneratedCustomers_EveryStatusAndIdsNameTheirCustomer()
    {
        var store = new GuardantStore(new SandboxPopulation(7, 600));
        var orders = store.Catalog.Indexes.SelectMany(i => (store.Orders(i + 1L) ?? []).Select(o => (Index: i, Order: o))).ToList();

        Assert.Equal([0, 1, 2], orders.Select(o => o.Order.Status).Distinct().Order());
        Assert.All(orders, o => Assert.Equal(o.Index, (o.Order.Id - GuardantSandbox.FirstOrderId) / GuardantSandbox.OrdersPerCustomer));
        Assert.All(orders.Where(o => o.Order.Status == 0), o => Assert.Equal((0L, 0L), (o.Order.Number, o.Order.SubmitDate)));
        Assert.Null(store.Orders(601));
    }

    private static IEnumerable<GuardantWireCustomer> Everyone(GuardantStore store)
    {
        var overlay = store.Overlay.ToDictionary(kv => kv.Key, kv => kv.Value);
        var generated = store.Catalog.Indexes.Select(i => i + 1L).Where(id => !overlay.ContainsKey(id)).Select(id => store.Get(id));
        return generated.Concat(overlay.Values).OfType<GuardantWireCustomer>();
    }

    private static string Json(IEnumerable<GuardantWireCustomer> customers) => JsonSerializer.Serialize(customers.Select(c => c.Id));
}
