using Portal.Features.Customers.Profile;
using Portal.Features.Customers.Profile.Related;
using Portal.Features.Customers.Profile.Sources;
using Portal.Vendors;
using Portal.Vendors.Model;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.Tests.Features.Customers.Profile;

/// <summary>The customer page's pure rules: VIN decoding, disagreement between sources, masking, the Walcu edit.</summary>
public sealed class ProfileRulesTests
{
    [Theory]
    [InlineData("1HGCM82633A004352", "Honda", 2003)]
    [InlineData("5YJ3E1EA7KF317000", "Tesla", 2019)]
    [InlineData("WBA3A5C55CF256651", "BMW", 2012)]
    [InlineData("ZZZ3A5C55CF256651", null, 2012)]
    public void Vin_DecodesMakeAndModelYear(string vin, string? make, int year) =>
        Assert.Equal((make, (int?)year), VinDecoder.Decode(vin));

    [Fact]
    public void Vin_SourceValuesWin_DecodedOnlyWhereMissing()
    {
        var row = RelatedListsService.Row(new VehicleRecord("1HGCM82633A004352", null, "Acura", "TL", null), "Walcu");

        Assert.Equal(("Acura", 2003, true), (row.Make, row.Year, row.Decoded));
    }

    [Fact]
    public void Disagreeing_DifferentEmails_AreFlagged_CaseAndPunctuationAreNot()
    {
        var a = new CustomerRecord(new SourceRef(VendorKind.Walcu, 1, "a")) { FirstName = "Ada", Emails = ["ada@example.com"], Phones = ["+15550102233"] };
        var b = new CustomerRecord(new SourceRef(VendorKind.Guardant, 2, "b")) { FirstName = "ADA", Emails = ["ada.l@example.com"], Phones = ["+15550102233"] };

        Assert.Equal(["email"], ComparedFields.Disagreeing([a, b]));
    }

    [Fact]
    public void Masked_KeepsOnlyTheLastFourOfLongNumbers()
    {
        var items = SensitiveItems.Masked(new SensitiveCustomerData { Ssn = "123-45-6789", Income = 85000, EmployerName = "Acme", DateOfBirth = new DateOnly(1980, 1, 2) });

        Assert.Equal(["••••", "•••• 6789", "••••", "••••"], items.Where(i => i.Value is not null).Select(i => i.Value));
    }

    [Fact]
    public void WalcuApply_ChangesThePrimaryContactsFirstEmailAndKeepsTheOthers()
    {
        var before = new WalcuClientDto
        {
            Id = "c1",
            PrimaryContact = new WalcuContactPersonDto { Name = new WalcuPersonNameDto { FirstName = "Ada" }, Emails = ["old@example.com", "work@example.com"] },
            Address = new WalcuAddressDto { Locality = "Springfield", PostalCode = "12345" },
        };

        var after = WalcuProfileSource.Apply(before, new Dictionary<string, string?> { ["email"] = "new@example.com", ["city"] = "Shelbyville" });

        Assert.Equal(["new@example.com", "work@example.com"], after.PrimaryContact?.Emails);
        Assert.Equal("Ada", after.PrimaryContact?.Name?.FirstName);
        Assert.Equal(("Shelbyville", "12345"), (after.Address?.Locality, after.Address?.PostalCode));
    }
}
