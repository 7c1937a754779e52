using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Customers.Index;
using Portal.Features.Customers.Search;
using Portal.Security;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.IntegrationTests.Customers.Search;

/// <summary>Fills the customer index of a running portal by hand (through the real writer) and searches it.</summary>
public sealed class SearchFixture(PortalAppFactory factory)
{
    private int _connection = 900;

    public CustomerSearchQuery Query => Service<CustomerSearchQuery>();

    public T Service<T>() where T : notnull
    {
        _ = factory.RootUri;
        return factory.Services.GetRequiredService<T>();
    }

    public async Task<int> DealershipAsync(string name)
    {
        await using var db = await Service<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var dealership = new Dealership { Name = name + " " + Guid.NewGuid().ToString("N")[..6] };
        db.Dealerships.Add(dealership);
        await db.SaveChangesAsync();
        return dealership.Id;
    }

    /// <summary>Writes the records into the index as sync would, each its own person.</summary>
    public async Task IndexAsync(int dealershipId, params CustomerRecord[] records) =>
        await Service<CustomerIndexWriter>().UpsertAsync(records, dealershipId);

    public CustomerRecord Record(VendorKind vendor, string first, string last, string? email = null, string? phone = null, string? vin = null) =>
        new(new SourceRef(vendor, Interlocked.Increment(ref _connection), Guid.NewGuid().ToString("N")[..12]))
        {
            FirstName = first,
            LastName = last,
            Emails = email is null ? [] : [email],
            Phones = phone is null ? [] : [phone],
            Vehicles = vin is null ? [] : [new VehicleRecord(vin, 2021, "Ford", "F-150", null)],
            LastModifiedUtc = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero),
        };

    /// <summary>Indexes the records in a dealership of their own and searches it as its manager.</summary>
    public async Task<IReadOnlyList<string>> IndexAndSearchAsync(string typed, params CustomerRecord[] records)
    {
        var dealership = await DealershipAsync("Matching Motors");
        await IndexAsync(dealership, records);
        return await NamesAsync(Manager(dealership), typed);
    }

    public async Task<IReadOnlyList<string>> NamesAsync(UserContext user, string text, int? dealership = null, params VendorKind[] sources) =>
        (await Query.SearchAsync(user, new CustomerSearchRequest { Text = text, DealershipId = dealership, Sources = sources })).Rows
            .Select(r => r.DisplayName).ToList();

    public static UserContext Manager(params int[] dealerships) =>
        new("manager-" + string.Join('-', dealerships), "Manager", new HashSet<string> { PortalRoles.DealerManager }, dealerships);

    public static UserContext Admin { get; } = new("admin-test", "Admin", new HashSet<string> { PortalRoles.Admin }, []);
}
