using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Portal.Features.Orders;
using Portal.Features.Orders.Sources;
using Portal.Vendors.Guardant;
using Portal.Vendors.Model;

namespace Portal.Tests.Features.Orders;

public sealed class OrderQueryTests
{
    private static readonly TimeZoneInfo Chicago = DealershipZones.Find("America/Chicago");

    [Fact]
    public void Filter_QueryString_RoundTrips()
    {
        var filter = new OrderFilter
        {
            Statuses = [OrderStatus.Revoked, OrderStatus.Open], Sources = [OrderSourceKind.WalcuOffer], From = new DateOnly(2026, 1, 2),
            To = new DateOnly(2026, 3, 4), PersonId = 42, DealershipId = 7, Sort = OrderSort.SubmitDate, Descending = false,
        };

        var back = OrderFilter.FromQuery(new QueryCollection(QueryHelpers.ParseQuery(filter.ToQueryString())));

        Assert.NotNull(back);
        Assert.Equal(filter.ToQueryString(), back.ToQueryString());
        Assert.Equal(filter with { Statuses = back.Statuses, Sources = back.Sources }, back);
    }

    [Fact]
    public void Filter_BadValue_IsNull() =>
        Assert.Null(OrderFilter.FromQuery(new QueryCollection(QueryHelpers.ParseQuery("?status=Nope"))));

    [Fact]
    public void Filter_DateRange_IsTheDealershipsDays()
    {
        var filter = new OrderFilter { From = new DateOnly(2026, 7, 1), To = new DateOnly(2026, 7, 31) };

        var (from, to) = filter.UtcRange(Chicago);

        Assert.Equal(DateTimeOffset.Parse("2026-07-01T05:00:00Z"), from);
        Assert.Equal(DateTimeOffset.Parse("2026-08-01T05:00:00Z"), to);
    }

    [Fact]
    public void Walcu_RepairOrders_OpenRevokedInRangeByNumber_PushedDown()
    {
        var filter = new OrderFilter { Statuses = [OrderStatus.Open, OrderStatus.Revoked], From = new DateOnly(2026, 7, 1), Sort = OrderSort.Number };

        var query = WalcuOrderQueries.For(OrderSourceKind.WalcuRepairOrder, filter, Chicago, "c1");

        Assert.NotNull(query);
        Assert.Equal("?q=" + Uri.EscapeDataString("""{"client_id":"c1","finished":{"$ne":true},"date":{"$gte":"2026-07-01T05:00:00.000Z"}}""")
            + "&limit=50&sort=" + Uri.EscapeDataString("-repair_order_number -_id"), query.ToQueryString());
    }

    [Fact]
    public void Walcu_Offers_SubmittedOrRevoked_AsTheirStatuses_AndStatusesOfNoKindExcludeTheSource()
    {
        var filter = new OrderFilter { Statuses = [OrderStatus.Submitted, OrderStatus.Revoked], Sort = OrderSort.Date, Descending = false };

        var offers = WalcuOrderQueries.For(OrderSourceKind.WalcuOffer, filter, TimeZoneInfo.Utc);

        Assert.Equal("""{"status":{"$in":["sent","finalized","rejected"]}}""", offers?.Filter?.ToJson());
        Assert.Equal("?q=" + Uri.EscapeDataString(offers!.Filter!.ToJson()) + "&limit=50&sort=" + Uri.EscapeDataString("created_at _id"), offers.ToQueryString());
        Assert.Null(WalcuOrderQueries.For(OrderSourceKind.WalcuRepairOrder, filter with { Statuses = [OrderStatus.Draft] }, TimeZoneInfo.Utc));
    }

    [Fact]
    public void Guardant_Statuses_MapToCodes_PushDownOnlyForItsOwnSorts()
    {
        Assert.Equal([GuardantOrderStatus.Draft, GuardantOrderStatus.Revoked],
            GuardantOrderQueries.Statuses(new OrderFilter { Statuses = [OrderStatus.Revoked, OrderStatus.Open, OrderStatus.Draft] }));
        Assert.Null(GuardantOrderQueries.Statuses(new OrderFilter { Statuses = [OrderStatus.Closed] }));
        Assert.True(GuardantOrderQueries.CanPushDown(new OrderFilter { Sort = OrderSort.SubmitDate }));
        Assert.False(GuardantOrderQueries.CanPushDown(new OrderFilter { Sort = OrderSort.Date }));
        Assert.False(GuardantOrderQueries.CanPushDown(new OrderFilter { Sort = OrderSort.Number, To = new DateOnly(2026, 1, 1) }));
        Assert.Equal("?sortby=submitdate&direction=desc&offset=0&limit=100&status=2",
            GuardantOrderQueries.Query(new OrderFilter { Sort = OrderSort.SubmitDate }, [GuardantOrderStatus.Revoked]).ToQueryString());
    }
}
