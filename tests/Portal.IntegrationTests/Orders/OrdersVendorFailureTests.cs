using Portal.Features.Orders;
using Portal.Sandbox;

namespace Portal.IntegrationTests.Orders;

/// <summary>A vendor failing for one source (a portal of its own: the failures open that connection's breaker).</summary>
public sealed class OrdersVendorFailureTests(OrdersPortal portal) : IClassFixture<OrdersPortal>
{
    [Fact]
    public async Task Dealership_GuardantFails_WalcuStillLists_AndGuardantIsNamed()
    {
        await portal.Sandbox.SetFaultsAsync("guardant", new FaultSettings { ErrorRate = 1, ErrorStatus = 503 });
        try
        {
            var page = await portal.AsManagerAsync(s => s.PageAsync(OrderFilter.None, null, 25));

            Assert.Equal(25, page.Rows.Count);
            Assert.All(page.Rows, r => Assert.NotEqual(OrderSourceKind.GuardantOrder, r.Kind));
            var problem = Assert.Single(page.Problems);
            Assert.Contains("Guardant", problem.Label);
        }
        finally
        {
            await portal.Sandbox.ClearFaultsAsync("guardant");
        }
    }
}
