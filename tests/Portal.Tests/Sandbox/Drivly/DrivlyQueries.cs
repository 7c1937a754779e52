using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Sandbox.Drivly;

namespace Portal.Tests.Sandbox.Drivly;

/// <summary>Builds the emulator's parsed requests from query strings, as the endpoints receive them.</summary>
internal static class DrivlyQueries
{
    public static IQueryCollection Query(string query) => new QueryCollection(QueryHelpers.ParseQuery(query));

    public static DrivlyListRequest Customers(string query) =>
        DrivlyListRequest.Parse(Query(query), DrivlyCustomerRow.IsKnownPath, "-createdAt").Request
            ?? throw new InvalidOperationException($"Not a valid query: {query}");

    public static DrivlyListRequest Versions(string query) =>
        DrivlyListRequest.Parse(Query(query), DrivlyVersionRow.IsKnownPath, "-updatedAt").Request
            ?? throw new InvalidOperationException($"Not a valid query: {query}");

    /// <summary>The general listing over every customer, which the shortcuts must agree with.</summary>
    public static DrivlyResult GeneralCustomers(DrivlyStore store, DrivlyListRequest request) => DrivlyListing.Page(
        DrivlyCandidates.All.Enumerate(store).Select(i => (IDrivlyRow)new DrivlyCustomerRow(store, i)), request, row => DrivlyRender.Customer(store, row.Index, 0));

    public static DrivlyResult GeneralVersions(DrivlyStore store, DrivlyListRequest request) => DrivlyListing.Page(
        DrivlyCandidates.All.Enumerate(store).SelectMany(i => DrivlyVersionRow.Of(store, i)), request, row => DrivlyRender.Version(store, ((DrivlyVersionRow)row).Entry, 0));

    /// <summary>A store of 1,200 people with five customers patched, spread over the whole range.</summary>
    public static DrivlyStore PatchedStore()
    {
        var store = new DrivlyStore(new Portal.Sandbox.People.SandboxPopulation(3, 1_200));
        foreach (var k in new[] { 0, 17, 90, 200, 301 })
        {
            store.Patch(store.Members[k], new System.Text.Json.Nodes.JsonObject { ["phone"] = $"+1212555010{k % 10}" });
        }
        store.Patch(store.Members[90], new System.Text.Json.Nodes.JsonObject { ["email"] = "twice@example.com" });
        return store;
    }

    /// <summary>A shortcut must have been taken and give the general listing's total and page.</summary>
    public static void AssertSame(DrivlyResult general, DrivlyResult? shortcut)
    {
        Assert.NotNull(shortcut);
        Assert.Equal(general.TotalDocs, shortcut.TotalDocs);
        Assert.Equal(general.Docs.Select(d => d["id"]?.ToString()), shortcut.Docs.Select(d => d["id"]?.ToString()));
    }
}
