using Portal.Features.Customers.Search;
using Portal.Vendors;

namespace Portal.Tests.Features.Customers;

public sealed class CustomerSearchStateTests
{
    [Fact]
    public void FromQuery_SharedLink_RestoresEverything()
    {
        var state = CustomerSearchState.FromQuery("ada", "walcu,cova", "7", "recent");

        Assert.Equal(new CustomerSearchState("ada", [VendorKind.Cova, VendorKind.Walcu], 7, CustomerSort.RecentActivity).Key, state.Key);
    }

    [Fact]
    public void FromQuery_HandEditedNonsense_IsIgnored()
    {
        var state = CustomerSearchState.FromQuery(null, "walcu,oracle,,", "-1 OR 1=1", "drop");

        Assert.Equal([VendorKind.Walcu], state.Sources);
        Assert.Null(state.DealershipId);
        Assert.Equal(CustomerSort.Name, state.Sort);
    }
}
