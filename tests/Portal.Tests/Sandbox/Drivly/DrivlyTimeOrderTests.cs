using Portal.Sandbox.Drivly;
using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.Drivly;

public sealed class DrivlyTimeOrderTests
{
    public static TheoryData<string> Queries() =>
    [
        "?sort=updatedAt&limit=25",
        "?sort=-updatedAt&limit=25&page=3",
        "?sort=updatedAt&limit=10&where[updatedAt][greater_than_equal]=2026-01-01T00:00:00.000Z",
        "?sort=-updatedAt&limit=7&page=2&where[updatedAt][greater_than]=2025-06-01T00:00:00.000Z&where[updatedAt][less_than]=2026-06-01T00:00:00.000Z",
        "?sort=updatedAt&limit=50&page=20&where[and][0][updatedAt][greater_than_equal]=2025-01-01T00:00:00.000Z",
        "?sort=updatedAt&limit=9&where[updatedAt][less_than_equal]=2025-03-01T00:00:00.000Z",
        "?sort=updatedAt&limit=30&where[updatedAt][greater_than_equal]=2026-10-30T00:00:00.000Z",
    ];

    [Theory]
    [MemberData(nameof(Queries))]
    public void TryPage_WithPatches_SameAsTheGeneralListing(string query)
    {
        var (store, request) = (DrivlyQueries.PatchedStore(), DrivlyQueries.Customers(query));

        var shortcut = DrivlyTimeOrder.TryPage(store, request, i => DrivlyRender.Customer(store, i, 0));

        DrivlyQueries.AssertSame(DrivlyQueries.GeneralCustomers(store, request), shortcut);
    }

    [Theory]
    [InlineData("?sort=-createdAt")]
    [InlineData("?sort=updatedAt&where[email][exists]=true")]
    [InlineData("?sort=updatedAt&where[or][0][updatedAt][greater_than]=2026-01-01T00:00:00.000Z")]
    public void TryPage_OtherQueries_NoShortcut(string query) =>
        Assert.Null(DrivlyTimeOrder.TryPage(new DrivlyStore(new SandboxPopulation(3, 100)), DrivlyQueries.Customers(query), _ => null));
}
