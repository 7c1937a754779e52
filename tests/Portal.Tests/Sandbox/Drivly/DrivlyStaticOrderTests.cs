using Portal.Sandbox.Drivly;
using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.Drivly;

public sealed class DrivlyStaticOrderTests
{
    [Theory]
    [InlineData("?limit=25")]
    [InlineData("?sort=createdAt&limit=40&page=3")]
    [InlineData("?sort=-id&limit=10&page=2")]
    [InlineData("?sort=id&limit=1000")]
    public void TryCustomers_WithPatches_SameAsTheGeneralListing(string query)
    {
        var (store, request) = (DrivlyQueries.PatchedStore(), DrivlyQueries.Customers(query));

        var shortcut = DrivlyStaticOrder.TryCustomers(store, request, i => DrivlyRender.Customer(store, i, 0));

        DrivlyQueries.AssertSame(DrivlyQueries.GeneralCustomers(store, request), shortcut);
    }

    [Theory]
    [InlineData("?limit=25")]
    [InlineData("?sort=updatedAt&limit=30&page=4")]
    [InlineData("?sort=-createdAt&limit=1000")]
    public void TryVersions_WithPatches_SameAsTheGeneralListing(string query)
    {
        var (store, request) = (DrivlyQueries.PatchedStore(), DrivlyQueries.Versions(query));

        var shortcut = DrivlyStaticOrder.TryVersions(store, request, v => DrivlyRender.Version(store, v, 0));

        DrivlyQueries.AssertSame(DrivlyQueries.GeneralVersions(store, request), shortcut);
    }

    [Theory]
    [InlineData("?sort=consumerLastName")]
    [InlineData("?sort=id&where[email][exists]=true")]
    public void TryCustomers_FilteredOrOtherSort_NoShortcut(string query) =>
        Assert.Null(DrivlyStaticOrder.TryCustomers(new DrivlyStore(new SandboxPopulation(3, 100)), DrivlyQueries.Customers(query), _ => null));
}
