using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Customers.Index;
using Portal.Sandbox.People;
using Portal.Vendors;

namespace Portal.TestSupport;

/// <summary>
/// Fills the customer index with the sandbox population as sync would (through the real writer, with the real
/// sandbox connection ids), then links each person's records together the way linking would, from the generator's
/// truth. A stand-in until sync and linking land; idempotent.
/// </summary>
public static class SandboxIndex
{
    public static async Task FillAsync(PortalAppFactory factory, string dealershipName = "Demo Motors")
    {
        var sandbox = new SandboxControl(factory);
        var connections = new Dictionary<SandboxVendor, int>();
        foreach (var vendor in Enum.GetValues<SandboxVendor>())
        {
            connections[vendor] = (await sandbox.ConnectionAsync(Enum.Parse<VendorKind>(vendor.ToString()))).Id;
        }
        var services = factory.Services;
        var population = services.GetRequiredService<SandboxPopulation>();
        var dbFactory = services.GetRequiredService<IDbContextFactory<PortalDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync();
        var dealership = await db.Dealerships.Where(d => d.Name == dealershipName).Select(d => d.Id).SingleAsync();
        var writer = services.GetRequiredService<CustomerIndexWriter>();
        for (var i = 0; i < population.Size; i++)
        {
            var person = population.Person(i);
            var records = population.VendorsOf(i).Select(v => population.View(person, v)).OfType<SandboxVendorView>()
                .Select(view => PopulationRecords.Record(population.Seed, person, view, connections[view.Vendor])).ToList();
            await writer.UpsertAsync(records, dealership);
            var keys = records.Select(r => r.Source.ToString()).ToList();
            var first = await db.Set<IndexedCustomer>().Where(c => keys.Contains(c.SourceRef)).MinAsync(c => c.PersonId);
            await db.Set<IndexedCustomer>().Where(c => keys.Contains(c.SourceRef))
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.PersonId, first).SetProperty(c => c.LinkStatus, LinkStatus.Auto));
        }
    }
}
