using Portal.Vendors;

namespace Portal.IntegrationTests.Customers.Search;

/// <summary>What a typed query finds. Run twice: through the full-text index (few matches, the usual case) and
/// through the walk over people that broad queries take (<see cref="WalkMatchingTests"/>), which must agree.</summary>
public abstract class CustomerSearchMatchingTests(PortalAppFactory factory)
{
    private readonly SearchFixture _index = new(factory);

    [Theory]
    [InlineData("(312) 555-0142")]
    [InlineData("3125550142")]
    [InlineData("+1 312 555 0142")]
    [InlineData("312.555.0142")]
    [InlineData("555-0142")]
    public async Task Search_PhoneInAnyFormat_FindsRecord(string typed)
    {
        var names = await _index.IndexAndSearchAsync(typed,
            _index.Record(VendorKind.Walcu, "Grace", "Hopper", phone: "+13125550142"),
            _index.Record(VendorKind.Cova, "Alan", "Turing", phone: "+13125550199"));

        Assert.Equal(["Grace Hopper"], names);
    }

    [Theory]
    [InlineData("Ada.Lovelace@Example.COM")]
    [InlineData("ada.lovelace@example.com")]
    [InlineData("LOVELACE@EXAMPLE")]
    public async Task Search_EmailAnyCase_FindsRecord(string typed)
    {
        var names = await _index.IndexAndSearchAsync(typed,
            _index.Record(VendorKind.Drivly, "Ada", "Lovelace", email: "ada.lovelace@example.com"),
            _index.Record(VendorKind.Drivly, "Charles", "Babbage", email: "charles@example.com"));

        Assert.Equal(["Ada Lovelace"], names);
    }

    [Theory]
    [InlineData("1FTFW1E50MFA12345")]
    [InlineData("1ftfw1e50mfa12345")]
    [InlineData("MFA12345")]
    public async Task Search_Vin_FindsOwner(string typed)
    {
        var names = await _index.IndexAndSearchAsync(typed,
            _index.Record(VendorKind.Guardant, "Katherine", "Johnson", vin: "1FTFW1E50MFA12345"),
            _index.Record(VendorKind.Guardant, "Dorothy", "Vaughan", vin: "1FTFW1E50MFB99999"));

        Assert.Equal(["Katherine Johnson"], names);
    }

    [Theory]
    [InlineData("ñez")]
    [InlineData("nunez")]
    [InlineData("NÚÑEZ-O'B")]
    [InlineData("o'brien")]
    [InlineData("JOSÉ NÚÑEZ")]
    [InlineData("jose nun")]
    public async Task Search_NameFragmentWithDiacritics_FindsRecord(string typed)
    {
        var names = await _index.IndexAndSearchAsync(typed,
            _index.Record(VendorKind.Cova, "José", "Núñez-O'Brien"),
            _index.Record(VendorKind.Cova, "Joseph", "Brown"));

        Assert.Equal(["José Núñez-O'Brien"], names);
    }

    [Theory]
    [InlineData("jo", new[] { "José Núñez", "Joan Smith" })]
    [InlineData("J", new[] { "José Núñez", "Joan Smith" })]
    [InlineData("sm", new string[0])]
    public async Task Search_ShortQuery_MatchesStartOfName(string typed, string[] expected)
    {
        var names = await _index.IndexAndSearchAsync(typed,
            _index.Record(VendorKind.Walcu, "José", "Núñez"),
            _index.Record(VendorKind.Walcu, "Joan", "Smith"),
            _index.Record(VendorKind.Walcu, "Mary", "Jones"));

        Assert.Equal(expected.Order(), names.Order());
    }

    [Fact]
    public async Task Search_ExternalId_FindsRecord()
    {
        var dealership = await _index.DealershipAsync("Id Motors");
        var record = _index.Record(VendorKind.Walcu, "Hedy", "Lamarr") with { ForeignIds = ["CRM-778899"] };
        await _index.IndexAsync(dealership, record, _index.Record(VendorKind.Walcu, "Other", "Person"));
        var user = SearchFixture.Manager(dealership);

        Assert.Equal(["Hedy Lamarr"], await _index.NamesAsync(user, record.Source.ExternalId));
        Assert.Equal(["Hedy Lamarr"], await _index.NamesAsync(user, "crm-778899"));
    }

    [Fact]
    public async Task Search_SourceFilter_KeepsOnlyThatVendor()
    {
        var dealership = await _index.DealershipAsync("Source Motors");
        await _index.IndexAsync(dealership,
            _index.Record(VendorKind.Walcu, "Linus", "Walcuson"),
            _index.Record(VendorKind.Cova, "Linda", "Covason"));
        var user = SearchFixture.Manager(dealership);

        Assert.Equal(["Linda Covason"], await _index.NamesAsync(user, "son", null, VendorKind.Cova));
        Assert.Equal(["Linda Covason"], await _index.NamesAsync(user, "", null, VendorKind.Cova));
        Assert.Equal(2, (await _index.NamesAsync(user, "son", null, VendorKind.Cova, VendorKind.Walcu)).Count);
    }

    [Fact]
    public async Task Search_QueryWithFtsSyntax_IsTakenLiterally()
    {
        var dealership = await _index.DealershipAsync("Syntax Motors");
        await _index.IndexAsync(dealership, _index.Record(VendorKind.Walcu, "Quote\"Name", "NEAR AND OR"));
        var user = SearchFixture.Manager(dealership);

        Assert.Equal(["Quote\"Name NEAR AND OR"], await _index.NamesAsync(user, "e\"na"));
        Assert.Empty(await _index.NamesAsync(user, "* OR \"x\" NOT ("));
        Assert.Empty(await _index.NamesAsync(user, "100%_\\"));
    }
}

public sealed class IndexMatchingTests(SharedPortal portal) : CustomerSearchMatchingTests(portal.Factory), IClassFixture<SharedPortal>;

/// <summary>The same queries with the broad-match threshold at zero, so every text query walks people instead.</summary>
public sealed class WalkMatchingTests(WalkMatchingTests.WalkPortal portal) : CustomerSearchMatchingTests(portal.Factory), IClassFixture<WalkMatchingTests.WalkPortal>
{
    public sealed class WalkPortal : IDisposable
    {
        public PortalAppFactory Factory { get; } = new PortalAppFactory().With("Customers:Search:BroadMatchThreshold", "0");

        public void Dispose() => Factory.Dispose();
    }
}
