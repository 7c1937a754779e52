using Portal.Vendors.Walcu.Dtos;

namespace Portal.Tests.Vendors.Walcu;

public sealed class WalcuDtoTests
{
    public static TheoryData<string, Type> Collections => new()
    {
        { "clients", typeof(WalcuClientDto) },
        { "contacts", typeof(WalcuContactDto) },
        { "clientvehicles", typeof(WalcuClientVehicleDto) },
        { "cars", typeof(WalcuCarDto) },
        { "saleleads", typeof(WalcuSaleLeadDto) },
        { "aftersaleleads", typeof(WalcuAfterSaleLeadDto) },
        { "repairorders", typeof(WalcuRepairOrderDto) },
        { "offers", typeof(WalcuOfferDto) },
    };

    [Theory]
    [MemberData(nameof(Collections))]
    public void Deserialize_DocumentExample_EveryTopLevelFieldHasAProperty(string collection, Type dto)
    {
        var record = (WalcuDocumentDto?)System.Text.Json.JsonSerializer.Deserialize(
            WalcuExamples.Record(collection), dto, Portal.Vendors.Http.VendorJson.Options);

        Assert.NotNull(record);
        Assert.Null(record.Extra); // nothing fell through to the extension data: the DTO names every documented field
        Assert.Equal("string", record.Id);
        Assert.Equal(0, record.Version);
        Assert.Equal(new DateTimeOffset(2025, 8, 8, 0, 0, 0, TimeSpan.Zero), record.UpdatedAt);
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public void Serialize_DocumentExample_RoundTripsEveryField(string collection, Type dto)
    {
        var example = WalcuExamples.Record(collection);
        var record = System.Text.Json.JsonSerializer.Deserialize(example, dto, Portal.Vendors.Http.VendorJson.Options);

        var again = System.Text.Json.JsonSerializer.SerializeToNode(record, dto, Portal.Vendors.Http.VendorJson.Options);

        // Dates come back as date-times; everything else must keep its name, nesting and type.
        Assert.Empty(JsonShape.Differences(example, again));
        Assert.Empty(JsonShape.Differences(again, example));
    }

    [Fact]
    public void Deserialize_UnknownFieldsAndNulls_AreTolerated()
    {
        var json = """{"_id":"a","brand_new_field":{"x":1},"primary_contact":null,"contacts":[null],"__v":"3","updated_at":"2026-01-02T03:04:05.678Z"}""";

        var client = System.Text.Json.JsonSerializer.Deserialize<WalcuClientDto>(json, Portal.Vendors.Http.VendorJson.Options);

        Assert.NotNull(client);
        Assert.Equal(3, client.Version);
        Assert.True(client.Extra?.ContainsKey("brand_new_field"));
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 5, 678, TimeSpan.Zero), client.UpdatedAt);
    }
}
