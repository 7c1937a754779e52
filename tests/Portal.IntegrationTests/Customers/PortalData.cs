using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;

namespace Portal.IntegrationTests.Customers;

/// <summary>Direct access to a running test portal's database, for arranging and checking index state.</summary>
public static class PortalData
{
    public static async Task<PortalDbContext> DbAsync(PortalAppFactory factory)
    {
        _ = factory.RootUri;
        return await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
    }

    public static async Task<int> DealershipAsync(PortalAppFactory factory, string name)
    {
        await using var db = await DbAsync(factory);
        var dealership = new Dealership { Name = name };
        db.Dealerships.Add(dealership);
        await db.SaveChangesAsync();
        return dealership.Id;
    }
}
