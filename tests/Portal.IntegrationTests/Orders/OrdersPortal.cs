using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Customers.Index;
using Portal.Features.Orders;
using Portal.Vendors;

namespace Portal.IntegrationTests.Orders;

/// <summary>A running portal whose customer index holds the sandbox population (so Guardant customers are known).</summary>
public sealed class OrdersPortal : IAsyncLifetime
{
    public const string Manager = "manager@sandbox.local";

    public PortalAppFactory Factory { get; } = new();

    public SandboxControl Sandbox => new(Factory);

    public Task InitializeAsync() => SandboxIndex.FillAsync(Factory);

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    public Task<T> AsManagerAsync<T>(Func<OrdersService, Task<T>> act) => Factory.AsAsync(Manager, act);

    public async Task<List<OrderRow>> AllAsync(OrderFilter filter, string email = Manager)
    {
        await using var scope = await Factory.ActAsAsync(email);
        var rows = new List<OrderRow>();
        await foreach (var row in scope.ServiceProvider.GetRequiredService<OrdersService>().AllAsync(filter))
        {
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>The index's Guardant customer ids (what the dealership-wide fan-out asks).</summary>
    public async Task<List<long>> GuardantCustomersAsync()
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var ids = await db.Set<IndexedCustomer>().Where(c => c.Vendor == VendorKind.Guardant && !c.Deleted).Select(c => c.ExternalId).ToListAsync();
        return ids.Select(long.Parse).Order().ToList();
    }

    /// <summary>The person holding the Guardant customer with this id.</summary>
    public async Task<long> PersonOfGuardantAsync(long customerId)
    {
        await using var db = await Factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var id = customerId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await db.Set<IndexedCustomer>().Where(c => c.Vendor == VendorKind.Guardant && c.ExternalId == id).Select(c => c.PersonId).SingleAsync();
    }
}
