using Portal.Features.Customers;
using Portal.Features.Customers.Search;
using Portal.Security;
using Portal.Vendors;

namespace Portal.IntegrationTests.Customers.Search;

public sealed class CustomerSearchScopeTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private readonly SearchFixture _index = new(portal.Factory);

    [Fact]
    public async Task Search_ManagerOfOneDealership_NeverSeesAnothersCustomers()
    {
        var mine = await _index.DealershipAsync("Scope North");
        var theirs = await _index.DealershipAsync("Scope South");
        await _index.IndexAsync(mine, _index.Record(VendorKind.Walcu, "Mine", "Scopetest", phone: "+13125550101"));
        await _index.IndexAsync(theirs, _index.Record(VendorKind.Walcu, "Theirs", "Scopetest", phone: "+13125550101"));
        var manager = SearchFixture.Manager(mine);

        Assert.Equal(["Mine Scopetest"], await _index.NamesAsync(manager, "scopetest"));
        Assert.Equal(["Mine Scopetest"], await _index.NamesAsync(manager, "3125550101"));
        Assert.Equal(["Mine Scopetest"], await _index.NamesAsync(manager, "mi"));
        Assert.DoesNotContain("Theirs Scopetest", await _index.NamesAsync(manager, ""));
    }

    [Fact]
    public async Task Search_TamperedDealershipFilter_ReturnsNothing()
    {
        var mine = await _index.DealershipAsync("Tamper Mine");
        var theirs = await _index.DealershipAsync("Tamper Theirs");
        await _index.IndexAsync(theirs, _index.Record(VendorKind.Cova, "Hidden", "Tampered"));
        var manager = SearchFixture.Manager(mine);

        Assert.Empty(await _index.NamesAsync(manager, "tampered", theirs));
        Assert.Empty(await _index.NamesAsync(manager, "", theirs));
        Assert.Empty(await _index.NamesAsync(manager, "hi", theirs));
        Assert.Equal(["Hidden Tampered"], await _index.NamesAsync(SearchFixture.Admin, "tampered", theirs));
        Assert.Equal(["Hidden Tampered"], await _index.NamesAsync(SearchFixture.Manager(mine, theirs), "tampered", theirs));
    }

    [Fact]
    public async Task Search_ManagerWithoutDealerships_SeesNothing()
    {
        var dealership = await _index.DealershipAsync("Nobody's");
        await _index.IndexAsync(dealership, _index.Record(VendorKind.Cova, "Orphan", "Unassigned"));

        Assert.Empty(await _index.NamesAsync(SearchFixture.Manager(), "unassigned"));
        Assert.Empty(await _index.NamesAsync(SearchFixture.Manager(), ""));
    }

    [Fact]
    public async Task Search_RoleWithoutCustomerAccess_IsDenied()
    {
        var auditor = new UserContext("auditor", "Auditor", new HashSet<string> { PortalRoles.Auditor }, [1]);

        await Assert.ThrowsAsync<AccessDeniedException>(() => _index.Query.SearchAsync(auditor, new CustomerSearchRequest { Text = "x" }));
    }

    [Fact]
    public async Task GetPerson_DirectIdOfAnotherDealershipsResult_IsNotFound()
    {
        var mine = await _index.DealershipAsync("Direct Mine");
        var theirs = await _index.DealershipAsync("Direct Theirs");
        await _index.IndexAsync(theirs, _index.Record(VendorKind.Drivly, "Direct", "Elsewhere"));
        var personId = (await _index.Query.SearchAsync(SearchFixture.Admin, new CustomerSearchRequest { Text = "elsewhere", DealershipId = theirs })).Rows.Single().PersonId;

        var directory = _index.Service<ICustomerDirectory>();

        Assert.Null(await directory.GetPersonAsync(SearchFixture.Manager(mine), personId));
    }
}
