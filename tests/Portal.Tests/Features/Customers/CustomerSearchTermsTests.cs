using Portal.Features.Customers.Index;
using Portal.Features.Customers.Search;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.Tests.Features.Customers;

public sealed class CustomerSearchTermsTests
{
    [Theory]
    [InlineData("(312) 555-0142", "3125550142", SearchKind.Phone)]
    [InlineData("+1 312 555 0142", "13125550142", SearchKind.Phone)]
    [InlineData("312.555.0142", "3125550142", SearchKind.Phone)]
    [InlineData("0142", "0142", SearchKind.Number)]
    public void Parse_PhoneInAnyFormat_BecomesDigits(string typed, string digits, SearchKind kind)
    {
        var terms = CustomerSearchTerms.Parse(typed);

        Assert.Equal(kind, terms.Kind);
        Assert.Equal([digits], terms.Terms);
    }

    [Theory]
    [InlineData("", SearchKind.Empty)]
    [InlineData("jo", SearchKind.Prefix)]
    [InlineData("Ada@Example.com", SearchKind.Email)]
    [InlineData("1FTFW1E50MFA12345", SearchKind.Vin)]
    [InlineData("Núñez", SearchKind.Text)]
    public void Parse_Input_IsRecognised(string typed, SearchKind kind) => Assert.Equal(kind, CustomerSearchTerms.Parse(typed).Kind);

    [Fact]
    public void Parse_ShortWordsBesideLongOnes_AreSubstringChecks()
    {
        var terms = CustomerSearchTerms.Parse("Jo  NÚÑEZ-O'Brien");

        Assert.Equal(["nunez-o'brien"], terms.Terms);
        Assert.Equal(["jo"], terms.Contains);
    }

    [Fact]
    public void Parse_VeryLongInput_IsCut() => Assert.Equal(CustomerSearchTerms.MaxLength, CustomerSearchTerms.Parse(new string('a', 5000)).Length);

    [Fact]
    public void MatchAll_QuotesInTerms_AreDoubledSoNoOperatorSurvives() =>
        Assert.Equal("\"a\"\"b\" AND \"or\"", CustomerSearchSql.MatchAll(["a\"b", "or"]));

    [Fact]
    public void Build_Record_HoldsFoldedNamesEmailsPhoneDigitsVinsAndIds()
    {
        var record = new CustomerRecord(new SourceRef(VendorKind.Cova, 3, "C-77"))
        {
            FirstName = "José",
            LastName = "Núñez",
            Emails = ["jose@example.com"],
            Phones = ["+13125550142"],
            Vehicles = [new VehicleRecord("1ftfw1e50mfa12345", 2021, "Ford", "F-150", null)],
            ForeignIds = ["walcu-9"],
        };

        Assert.Equal("jose nunez jose@example.com 13125550142 1ftfw1e50mfa12345 c-77 walcu-9", CustomerSearchText.Build(record));
    }

    [Theory]
    [InlineData("+13125550142", "(312) 555-0142")]
    [InlineData("+442079460958", "+442079460958")]
    public void Format_Phone_ReadsNaturally(string e164, string shown) => Assert.Equal(shown, PhoneDisplay.Format(e164));
}
