using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Customers.Index;
using Portal.Features.Customers.Linking;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.IntegrationTests.Customers.Linking;

public sealed class CustomerLinkerTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private CustomerIndexWriter Writer => portal.Factory.Services.GetRequiredService<CustomerIndexWriter>();

    private CustomerLinker Linker => portal.Factory.Services.GetRequiredService<CustomerLinker>();

    [Fact]
    public async Task LinkPending_SameEmailWrittenInSeparateBatches_BecomesOnePerson()
    {
        var dealership = await PortalData.DealershipAsync(portal.Factory, "Linker One");
        await Writer.UpsertAsync([Record(VendorKind.Walcu, "lk-w1", "Grace", "Hopper", "grace@navy.example")], dealership);
        await Linker.LinkPendingAsync();
        await Writer.UpsertAsync([Record(VendorKind.Cova, "lk-c1", "Grace", "Hopper", "GRACE@navy.example")], dealership);

        await Linker.LinkPendingAsync();

        var rows = await RowsAsync("lk-w1", "lk-c1");
        Assert.Single(rows.Select(r => r.PersonId).Distinct());
        Assert.All(rows, r => Assert.Equal(LinkStatus.Auto, r.LinkStatus));
        Assert.All(rows, r => Assert.Contains(LinkRules.Email, r.LinkRules));
        await using var db = await PortalData.DbAsync(portal.Factory);
        var person = await db.Set<Person>().SingleAsync(p => p.Id == rows[0].PersonId);
        Assert.Equal(2, person.RecordCount);
        Assert.Equal("Grace Hopper", person.DisplayName);
        Assert.Equal(1, await db.Set<Person>().CountAsync(p => p.DisplayName == "Grace Hopper" && p.DealershipId == dealership));
    }

    [Fact]
    public async Task LinkPending_SameEmailInTwoDealerships_StaysTwoPeople()
    {
        var north = await PortalData.DealershipAsync(portal.Factory, "Linker North");
        var south = await PortalData.DealershipAsync(portal.Factory, "Linker South");
        await Writer.UpsertAsync([Record(VendorKind.Walcu, "lk-n1", "Alan", "Turing", "alan@bletchley.example")], north);
        await Writer.UpsertAsync([Record(VendorKind.Drivly, "lk-s1", "Alan", "Turing", "alan@bletchley.example")], south);

        await Linker.LinkPendingAsync();

        var rows = await RowsAsync("lk-n1", "lk-s1");
        Assert.Equal(2, rows.Select(r => r.PersonId).Distinct().Count());
        Assert.All(rows, r => Assert.Equal(LinkStatus.Single, r.LinkStatus));
    }

    [Fact]
    public async Task LinkPending_RecordChangedSoItNoLongerMatches_LeavesThePerson()
    {
        var dealership = await PortalData.DealershipAsync(portal.Factory, "Linker Change");
        await Writer.UpsertAsync(
        [
            Record(VendorKind.Walcu, "lk-x1", "Edsger", "Dijkstra", "edsger@example.nl"),
            Record(VendorKind.Guardant, "lk-x2", "Edsger", "Dijkstra", "edsger@example.nl"),
        ], dealership);
        await Linker.LinkPendingAsync();

        await Writer.UpsertAsync([Record(VendorKind.Guardant, "lk-x2", "Edsger", "Dijkstra", "someone.else@example.nl")], dealership);
        await Linker.LinkPendingAsync();

        var rows = await RowsAsync("lk-x1", "lk-x2");
        Assert.Equal(2, rows.Select(r => r.PersonId).Distinct().Count());
        await using var db = await PortalData.DbAsync(portal.Factory);
        var people = rows.Select(r => r.PersonId).ToList();
        Assert.All(await db.Set<Person>().Where(p => people.Contains(p.Id)).ToListAsync(), p => Assert.Equal(1, p.RecordCount));
    }

    private static CustomerRecord Record(VendorKind vendor, string id, string first, string last, string email) =>
        new(new SourceRef(vendor, 900 + (int)vendor, id))
        {
            FirstName = first,
            LastName = last,
            Emails = [email.ToLowerInvariant()],
            LastModifiedUtc = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
        };

    private async Task<List<IndexedCustomer>> RowsAsync(params string[] ids)
    {
        await using var db = await PortalData.DbAsync(portal.Factory);
        return await db.Set<IndexedCustomer>().AsNoTracking().Where(c => ids.Contains(c.ExternalId)).OrderBy(c => c.Id).ToListAsync();
    }

}
