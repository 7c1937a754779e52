using System.Text.Json;
using Portal.Vendors.Drivly;
using Portal.Vendors.Http;

namespace Portal.Tests.Vendors.Drivly;

public sealed class DrivlyMapperTests
{
    private static readonly DrivlyCustomer Customer = new()
    {
        Id = "42", CustomerId = "DRV-7JX5T1J7ZV", CreatedAt = "2025-03-01T10:00:00.000Z", UpdatedAt = "2026-10-02T08:30:00.123Z",
        ConsumerFirstName = "Miguel", ConsumerMiddleName = "Carlos", ConsumerLastName = "Brooks", Email = " Miguel.Brooks@Example.com ",
        Phone = "+12125550142", ConsumerDateOfBirth = "1963-06-26", ConsumerSocialSecurity = "934-51-5615",
        ConsumerDriversLicense = "X9385692", ConsumerDriversLicenceState = "CA", ConsumerIncome = 71_000, ConsumerIncomeInterval = "YEARLY",
        ConsumerEmployerName = "Riverside Unified School District",
        Address = new DrivlyAddress { Id = "20007997", Line1 = "19063 Cottonwood Rd", City = "Los Angeles", State = "CA", Zip = "90002", Country = "US" },
    };

    [Fact]
    public void Deserialize_DocVersionsExample_ReadsEveryDocumentedField()
    {
        var page = DocFixture.Read<DrivlyPage<DrivlyVersion>>("drivly", "customers-versions.json");

        Assert.NotNull(page);
        Assert.Equal((123, 123, 123, 123L, true, 123, 123), (page.Limit, page.TotalPages, page.Page ?? 0, page.PagingCounter, page.HasNextPage, page.PrevPage ?? 0, page.NextPage ?? 0));
        var v = Assert.Single(page.Docs ?? []).Version ?? throw new InvalidOperationException();
        Assert.Equal(["123"], v.Leads);
        Assert.Equal("123", v.Address?.Id);
        Assert.Equal("SOLD", v.ConsumerStatus);
        Assert.Equal(["Car Concierge (Andrew)"], v.ConsumerLeadSource);
        Assert.Equal(["Dealer"], v.CompanyType);
        Assert.Equal((123m, 123m), (v.ConsumerIncome, v.ConsumerPreviousEmploymentIncome));
        Assert.Equal(("123", "<string>"), (v.CompanyPartnerBrand, v.CompanyRouteOneDealer));
    }

    [Fact]
    public void ToCustomer_Consumer_ContactInTheRecordSensitiveOnlyInSensitive()
    {
        var record = DrivlyMapper.ToCustomer(Customer, 3);

        Assert.Equal("drivly:3:42", record.Source.ToString());
        Assert.Equal(["DRV-7JX5T1J7ZV"], record.AlternateIds); // the key other systems (Guardant refid) hold
        Assert.Equal(("Miguel", "Carlos", "Brooks"), (record.FirstName, record.MiddleName, record.LastName));
        Assert.Equal(["miguel.brooks@example.com"], record.Emails);
        Assert.Equal(["+12125550142"], record.Phones);
        Assert.Equal("Los Angeles", record.Address?.City);
        Assert.Equal("2026-10-02T08:30:00.123Z", record.VersionToken);
        Assert.Equal(new DateTimeOffset(2026, 10, 2, 8, 30, 0, 123, TimeSpan.Zero), record.LastModifiedUtc);
        var sensitive = record.Sensitive ?? throw new InvalidOperationException();
        Assert.Equal(new DateOnly(1963, 6, 26), sensitive.DateOfBirth);
        Assert.Equal(("934-51-5615", "X9385692", "CA"), (sensitive.Ssn, sensitive.LicenceNumber, sensitive.LicenceState)); // legacy spellings
        Assert.Equal((71_000m, "YEARLY", "Riverside Unified School District"), (sensitive.Income, sensitive.IncomeInterval, sensitive.EmployerName));
        Assert.DoesNotContain("934-51-5615", JsonSerializer.Serialize(record with { Sensitive = null }));
    }

    [Fact]
    public void ToCustomer_AddressOnlyAnId_NoAddress() =>
        Assert.Null(DrivlyMapper.ToCustomer(Customer with { Address = new DrivlyAddress { Id = "5" } }, 1).Address);

    [Fact]
    public void ToTimeline_VersionsInAnyOrder_OldestFirstWithChangedFields()
    {
        DrivlyVersion V(string id, string at, DrivlyCustomer c) => new() { Id = id, Parent = "42", UpdatedAt = at, Version = c with { Id = null, UpdatedAt = null } };
        var first = Customer with { Email = "MIGUEL@EXAMPLE.COM", Phone = null, LastModifiedBy = "3" };
        var second = Customer with { LastModifiedBy = "7", ConsumerSocialSecurity = "934-51-0000" };
        var third = second with { ConsumerStatus = "SOLD", LastModifiedBy = "9" };

        var timeline = DrivlyMapper.ToTimeline([V("3", "2026-03-01T00:00:00.000Z", third), V("1", "2025-03-01T10:00:00.000Z", first), V("2", "2025-06-01T00:00:00.000Z", second)], 3, "42");

        Assert.Equal(["1", "2", "3"], timeline.Select(v => v.VersionId));
        Assert.True(timeline[0].IsFirst);
        Assert.Contains(timeline[0].Changes, c => c is { Field: "email", Before: null, After: "MIGUEL@EXAMPLE.COM" });
        Assert.Equal(["consumerSocialSecurity", "email", "phone"], timeline[1].Changes.Select(c => c.Field));
        Assert.Equal(new("email", "MIGUEL@EXAMPLE.COM", " Miguel.Brooks@Example.com ", false), timeline[1].Changes[1]);
        Assert.Equal(new("consumerSocialSecurity", null, null, true), timeline[1].Changes[0]); // changed, never shown
        Assert.Equal("7", timeline[1].SavedBy);
        Assert.Equal(["consumerStatus"], timeline[2].Changes.Select(c => c.Field));
        Assert.Equal("drivly:3:42", timeline[2].Customer.ToString());
    }
}
