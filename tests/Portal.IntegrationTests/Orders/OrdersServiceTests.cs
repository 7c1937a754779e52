using System.Globalization;
using Portal.Features.Orders;
using Portal.Sandbox;
using Portal.Security;
using Portal.Vendors;
using Portal.Vendors.Guardant;
using Portal.Vendors.Model;
using Portal.Vendors.Walcu;

namespace Portal.IntegrationTests.Orders;

/// <summary>The orders service against the sandbox emulators over loopback: the rows are the vendors' own answers.</summary>
public sealed class OrdersServiceTests(OrdersPortal portal) : IClassFixture<OrdersPortal>
{
    [Theory]
    [InlineData(OrderSort.Number, false)]
    [InlineData(OrderSort.SubmitDate, true)]
    public async Task OneCustomer_GuardantRevoked_SameRowsInTheSameOrderAsGuardantsOwnFilter(OrderSort sort, bool descending)
    {
        var guardant = await portal.Sandbox.ClientAsync<IGuardantClient>(VendorKind.Guardant);
        var (customer, expected) = await CustomerWithAsync(guardant, GuardantOrderStatus.Revoked, sort, descending);
        var filter = new OrderFilter
        {
            PersonId = await portal.PersonOfGuardantAsync(customer), Statuses = [OrderStatus.Revoked],
            Sources = [OrderSourceKind.GuardantOrder], Sort = sort, Descending = descending,
        };
        await portal.Sandbox.ClearRequestsAsync("guardant");

        var page = await portal.AsManagerAsync(s => s.PageAsync(filter, null, 50));

        Assert.Equal(expected, page.Rows.Select(r => r.Order.Source.ExternalId));
        Assert.All(page.Rows, r => Assert.Equal("Revoked", r.Order.VendorStatus));
        var asked = Assert.Single(await portal.Sandbox.RequestsAsync("guardant"));
        Assert.Contains($"customers/{customer}/orders?sortby={(sort == OrderSort.Number ? "number" : "submitdate")}", asked.Path);
        Assert.Contains("&status=2", asked.Path); // pushed down, not filtered here
    }

    [Fact]
    public async Task Dealership_WalcuOpenRepairOrdersByNumber_SameRowsAsFilteringEveryRepairOrder()
    {
        var walcu = await portal.Sandbox.ClientAsync<IWalcuClient>(VendorKind.Walcu);
        var all = await Paging.AllAsync((next, ct) => walcu.ListRepairOrdersAsync(new WalcuListQuery(Skip: int.Parse(next ?? "0", CultureInfo.InvariantCulture), Limit: 1000), ct)).ToListAsync();
        var expected = all.Where(o => o.Finished != true).OrderBy(o => o.RepairOrderNumber, StringComparer.Ordinal).ThenBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => o.Id).ToList();
        var filter = new OrderFilter { Statuses = [OrderStatus.Open], Sources = [OrderSourceKind.WalcuRepairOrder], Sort = OrderSort.Number, Descending = false };
        await portal.Sandbox.ClearRequestsAsync("walcu");

        var rows = await portal.AllAsync(filter);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Select(r => r.Order.Source.ExternalId));
        Assert.All(await portal.Sandbox.RequestsAsync("walcu"), r => Assert.Contains("finished", Uri.UnescapeDataString(r.Path)));
    }

    [Fact]
    public async Task Dealership_MergedPagingAcrossGuardantAndWalcu_NoGapsNoDuplicates_InDateOrder()
    {
        var filter = new OrderFilter { Statuses = [OrderStatus.Revoked], Sources = [OrderSourceKind.GuardantOrder, OrderSourceKind.WalcuOffer], Sort = OrderSort.Date };
        var expected = await VendorsOwnRevokedAsync();

        var seen = new List<OrderRow>();
        await using (var scope = await portal.Factory.ActAsAsync(OrdersPortal.Manager))
        {
            var service = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<OrdersService>(scope.ServiceProvider);
            OrderCursor? cursor = null;
            do
            {
                var page = await service.PageAsync(filter, cursor, 7);
                Assert.Empty(page.Problems);
                seen.AddRange(page.Rows);
                cursor = page.Next;
            }
            while (cursor is not null);
        }

        var ids = seen.Select(r => r.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(expected.Order(StringComparer.Ordinal), ids.Order(StringComparer.Ordinal));
        Assert.Contains(seen, r => r.Kind == OrderSourceKind.GuardantOrder);
        Assert.Contains(seen, r => r.Kind == OrderSourceKind.WalcuOffer);
        Assert.All(seen.Zip(seen.Skip(1)), p => Assert.True((p.First.Order.DateUtc ?? DateTimeOffset.MinValue) >= (p.Second.Order.DateUtc ?? DateTimeOffset.MinValue)));
    }

    [Fact]
    public async Task Compliance_IsRefused_OnTheServer() =>
        await Assert.ThrowsAsync<AccessDeniedException>(() => portal.Factory.AsAsync<OrdersService, OrderPage>("compliance@sandbox.local", s => s.PageAsync(OrderFilter.None, null, 5)));

    private async Task<(long Customer, List<string> Expected)> CustomerWithAsync(IGuardantClient guardant, GuardantOrderStatus status, OrderSort sort, bool descending)
    {
        var query = new GuardantOrderQuery { Statuses = [status], Sort = sort == OrderSort.Number ? GuardantOrderSort.Number : GuardantOrderSort.SubmitDate, Descending = descending };
        foreach (var customer in await portal.GuardantCustomersAsync())
        {
            var orders = (await guardant.ListOrdersAsync(customer, query)).Items;
            if (orders.Count >= 2)
            {
                return (customer, orders.Select(o => o.Id.ToString(CultureInfo.InvariantCulture)).ToList());
            }
        }
        throw new InvalidOperationException("No Guardant customer with two such orders.");
    }

    private async Task<List<string>> VendorsOwnRevokedAsync()
    {
        var guardant = await portal.Sandbox.ClientAsync<IGuardantClient>(VendorKind.Guardant);
        var walcu = await portal.Sandbox.ClientAsync<IWalcuClient>(VendorKind.Walcu);
        var ids = new List<string>();
        foreach (var customer in await portal.GuardantCustomersAsync())
        {
            await foreach (var order in guardant.AllOrdersAsync(customer, new GuardantOrderQuery { Statuses = [GuardantOrderStatus.Revoked] }))
            {
                ids.Add($"guardant:{guardant.Connection.Id}:{order.Id}");
            }
        }
        var offers = await Paging.AllAsync((next, ct) => walcu.ListOffersAsync(
            new WalcuListQuery(WalcuFilter.EqualTo(WalcuField.Status, "rejected"), Skip: int.Parse(next ?? "0", CultureInfo.InvariantCulture), Limit: 1000), ct)).ToListAsync();
        ids.AddRange(offers.Select(o => $"walcu:{walcu.Connection.Id}:{o.Id}"));
        return ids;
    }
}
