using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Customers;
using Portal.Features.Customers.Index;
using Portal.Security;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.IntegrationTests.Customers;

public sealed class CustomerIndexTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private CustomerIndexWriter Writer => portal.Factory.Services.GetRequiredService<CustomerIndexWriter>();

    private ICustomerDirectory Directory => portal.Factory.Services.GetRequiredService<ICustomerDirectory>();

    [Fact]
    public async Task Upsert_SameRecordTwice_SecondRunChangesNothing()
    {
        var record = Record("idem-1");
        var dealership = await PortalData.DealershipAsync(portal.Factory, "Idempotent Motors");

        Assert.Equal(1, await Writer.UpsertAsync([record], dealership));
        Assert.Equal(0, await Writer.UpsertAsync([record], dealership));
        Assert.Equal(1, await Writer.UpsertAsync([record with { LastName = "Changed" }], dealership));
    }

    [Fact]
    public async Task Upsert_SensitiveValues_AreStoredOnlyAsKeyedHashes()
    {
        var dealership = await PortalData.DealershipAsync(portal.Factory, "Hash Motors");
        var record = Record("sens-1") with
        {
            Sensitive = new SensitiveCustomerData { Ssn = "912-34-5678", LicenceNumber = "D1234-5678-9012", DateOfBirth = new DateOnly(1984, 2, 29) },
        };

        await Writer.UpsertAsync([record], dealership);

        await using var db = await PortalData.DbAsync(portal.Factory);
        var row = await db.Set<IndexedCustomer>().SingleAsync(c => c.ExternalId == "sens-1");
        var everything = string.Join("|", typeof(IndexedCustomer).GetProperties().Select(p => p.GetValue(row)?.ToString()));
        Assert.DoesNotContain("912-34-5678", everything);
        Assert.DoesNotContain("D1234", everything);
        Assert.DoesNotContain("1984", everything);
        Assert.NotNull(row.LicenceHash);
        Assert.NotNull(row.DateOfBirthHash);
    }

    [Fact]
    public async Task GetPerson_OtherDealership_IsNotFoundForAManagerButVisibleToAdmin()
    {
        var mine = await PortalData.DealershipAsync(portal.Factory, "Scope Mine");
        var theirs = await PortalData.DealershipAsync(portal.Factory, "Scope Theirs");
        await Writer.UpsertAsync([Record("scope-1")], theirs);
        var personId = await PersonIdAsync("scope-1");
        var manager = User(PortalRoles.DealerManager, mine);
        var admin = User(PortalRoles.Admin);

        Assert.Null(await Directory.GetPersonAsync(manager, personId));
        Assert.Null(await Directory.PersonOfAsync(manager, new SourceRef(VendorKind.Walcu, 1, "scope-1")));
        Assert.Equal("Ada Lovelace", (await Directory.GetPersonAsync(admin, personId))?.DisplayName);
        Assert.Equal("Ada Lovelace", (await Directory.GetPersonAsync(User(PortalRoles.DealerManager, theirs), personId))?.DisplayName);
    }

    [Fact]
    public async Task GetPerson_RoleWithoutCustomerAccess_IsDenied()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() => Directory.GetPersonAsync(User(PortalRoles.Auditor), 1));
    }

    private static CustomerRecord Record(string id) => new(new SourceRef(VendorKind.Walcu, 1, id))
    {
        FirstName = "Ada",
        LastName = "Lovelace",
        Emails = ["ada@example.com"],
        Phones = ["+13125550142"],
        LastModifiedUtc = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
    };

    private static UserContext User(string role, params int[] dealerships) =>
        new("user-" + role, role, new HashSet<string> { role }, dealerships);

    private async Task<long> PersonIdAsync(string externalId)
    {
        await using var db = await PortalData.DbAsync(portal.Factory);
        return await db.Set<IndexedCustomer>().Where(c => c.ExternalId == externalId).Select(c => c.PersonId).SingleAsync();
    }
}
