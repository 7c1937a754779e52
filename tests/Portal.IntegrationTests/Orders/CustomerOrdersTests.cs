using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Features.Customers;
using Portal.Features.Customers.Index;
using Portal.Features.Orders;
using Portal.IntegrationTests.Audit;
using Portal.Vendors;
using Portal.Vendors.Guardant;
using Portal.Vendors.Walcu;

namespace Portal.IntegrationTests.Orders;

/// <summary>The customer page's orders section service on the sandbox: a person's Guardant orders and Walcu records, as the vendors hold them.</summary>
public sealed class CustomerOrdersTests(OrdersPortal portal) : IClassFixture<OrdersPortal>
{
    [Fact]
    public async Task ForPerson_GuardantAndWalcu_EveryOrderOfTheirRecords_Audited()
    {
        await using var scope = await portal.Factory.ActAsAsync(OrdersPortal.Manager);
        var person = await PersonWithBothAsync(scope.ServiceProvider);
        var guardantRef = person.Records.First(r => r.Snapshot.Source.Vendor == VendorKind.Guardant).Snapshot.Source;
        var walcuRef = person.Records.First(r => r.Snapshot.Source.Vendor == VendorKind.Walcu).Snapshot.Source;
        var guardant = await portal.Sandbox.ClientAsync<IGuardantClient>(VendorKind.Guardant);
        var walcu = await portal.Sandbox.ClientAsync<IWalcuClient>(VendorKind.Walcu);
        var expectedGuardant = await guardant.AllOrdersAsync(long.Parse(guardantRef.ExternalId, CultureInfo.InvariantCulture)).Select(o => o.Id.ToString(CultureInfo.InvariantCulture)).ToListAsync();
        var expectedOffers = (await walcu.ListOffersAsync(walcuRef.ExternalId)).Items.Select(o => o.Id).ToList();

        var orders = await scope.ServiceProvider.GetRequiredService<ICustomerOrders>().ForPersonAsync(person);

        Assert.Empty(orders.Problems);
        Assert.Equal(expectedGuardant.Order(), orders.Of(OrderSourceKind.GuardantOrder).Select(r => r.Order.Source.ExternalId).Order());
        Assert.Equal(expectedOffers.Order(), orders.Of(OrderSourceKind.WalcuOffer).Select(r => r.Order.Source.ExternalId).Order());
        var entries = await AuditEntries.WhereAsync(portal.Factory, e => e.Action == AuditActions.OrdersViewed && e.TargetId == person.PersonId.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(person.DealershipId, Assert.Single(entries).DealershipId); // the actor comes from the circuit, absent here
    }

    private static async Task<PersonView> PersonWithBothAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var ids = await db.Set<IndexedCustomer>().GroupBy(c => c.PersonId)
            .Where(g => g.Any(c => c.Vendor == VendorKind.Guardant) && g.Any(c => c.Vendor == VendorKind.Walcu)).Select(g => g.Key).Take(20).ToListAsync();
        var directory = services.GetRequiredService<ICustomerDirectory>();
        foreach (var id in ids)
        {
            if (await directory.GetPersonAsync(await services.GetRequiredService<Portal.Security.ICurrentUser>().GetAsync(), id) is { } person)
            {
                return person;
            }
        }
        throw new InvalidOperationException("No person with Guardant and Walcu records.");
    }
}
