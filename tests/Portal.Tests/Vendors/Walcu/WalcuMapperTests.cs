using System.Text.Json;
using Portal.Vendors;
using Portal.Vendors.Http;
using Portal.Vendors.Model;
using Portal.Vendors.Walcu;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.Tests.Vendors.Walcu;

public sealed class WalcuMapperTests
{
    [Fact]
    public void ToCustomer_DocumentExample_MapsEveryCommonField()
    {
        var client = WalcuExamples.Dto<WalcuClientDto>("clients");

        var customer = WalcuMapper.ToCustomer(client, connectionId: 7);

        Assert.NotNull(customer);
        Assert.Equal(new SourceRef(VendorKind.Walcu, 7, "string"), customer.Source);
        Assert.Equal(("string", "string"), (customer.FirstName, customer.LastName));
        Assert.Equal("string", customer.CompanyName); // business_details.is_business is true in the example
        Assert.Equal(new PostalAddress("string string", "string", "string", "string", "string", "string"), customer.Address);
        Assert.Equal("0", customer.VersionToken);
        Assert.Equal(["string"], customer.ForeignIds);
        Assert.Equal(new DateTimeOffset(2025, 8, 8, 0, 0, 0, TimeSpan.Zero), customer.LastModifiedUtc);
        Assert.Empty(customer.Emails); // "string" is not an email address
        Assert.Equal("string", customer.Sensitive?.LicenceNumber);
    }

    [Fact]
    public void ToCustomer_RealisticClient_NormalisesContactsAndKeepsForeignIds()
    {
        var client = Parse<WalcuClientDto>("""
            {"_id":"65116b31428eea194a14d311","__v":4,"updated_at":"2026-10-01T12:00:00.000Z",
             "primary_contact":{"_id":"c1","name":{"first_name":"Elizabeth","last_name":"Núñez-O'Brien"},"phones":["+1 917 555 0181"],"emails":[" Liz.Nunez@Example.com "]},
             "contacts":[{"_id":"c1","name":{"first_name":"Elizabeth","last_name":"Núñez-O'Brien"},"phones":["(917) 555-0181"],"emails":["liz.nunez@example.com"]},
                         {"_id":"c2","name":{"first_name":"Sam","last_name":"Núñez-O'Brien"},"phones":["212-555-0199"],"emails":[]}],
             "address":{"street_number":"20738","route":"Forest Way","locality":"Coeur d'Alene","area_level_1":"ID","postal_code":"83814","country":"US"},
             "business_details":{"is_business":false,"name":"ignored"},
             "foreign_ids":["guardant:1042","0d5a3c1e-8f7b-4a2c-9e1d-3b4c5d6e7f80"]}
            """);

        var customer = WalcuMapper.ToCustomer(client, 3);

        Assert.NotNull(customer);
        Assert.Equal(("Elizabeth", "Núñez-O'Brien"), (customer.FirstName, customer.LastName));
        Assert.Null(customer.CompanyName);
        Assert.Equal(["liz.nunez@example.com"], customer.Emails);
        Assert.Equal(["+19175550181", "+12125550199"], customer.Phones);
        Assert.Equal(new PostalAddress("20738 Forest Way", null, "Coeur d'Alene", "ID", "83814", "US"), customer.Address);
        Assert.Equal(["guardant:1042", "0d5a3c1e-8f7b-4a2c-9e1d-3b4c5d6e7f80"], customer.ForeignIds);
        Assert.Equal("4", customer.VersionToken);
        Assert.Null(customer.Sensitive);
    }

    [Fact]
    public void ToCustomer_NoId_IsNull() =>
        Assert.Null(WalcuMapper.ToCustomer(new WalcuClientDto(), 1));

    [Fact]
    public void ToCustomer_OnlyRawName_SplitsAtTheLastSpace()
    {
        var client = Parse<WalcuClientDto>("""{"_id":"a","primary_contact":{"name":{"raw_name":"Mary Ann Smith"}}}""");

        var customer = WalcuMapper.ToCustomer(client, 1);

        Assert.Equal(("Mary Ann", "Smith"), (customer?.FirstName, customer?.LastName));
    }

    [Theory]
    [InlineData("clientvehicles")]
    [InlineData("cars")]
    public void ToVehicle_DocumentExample_MapsDescription(string collection)
    {
        WalcuVehicleDto vehicle = collection == "cars" ? WalcuExamples.Dto<WalcuCarDto>(collection) : WalcuExamples.Dto<WalcuClientVehicleDto>(collection);

        var record = WalcuMapper.ToVehicle(vehicle, 2);

        Assert.Equal(new VehicleRecord(null, null, "string", "string", "string", new SourceRef(VendorKind.Walcu, 2, "string")), record);
    }

    [Fact]
    public void ToVehicle_ValidVin_IsNormalised() =>
        Assert.Equal("1C4HJX6W3HL808096", WalcuMapper.ToVehicle(new WalcuClientVehicleDto { Vin = "1c4hjx6w3hl808096", ModelYear = 2017 }, 1).Vin);

    [Fact]
    public void ToOrder_RepairOrderExample_SumsInvoicesAndNamesJobs()
    {
        var order = WalcuMapper.ToOrder(WalcuExamples.Dto<WalcuRepairOrderDto>("repairorders"), 4);

        Assert.NotNull(order);
        Assert.Equal("repair-order", order.Kind);
        Assert.Equal("string", order.Number);
        Assert.Equal(new SourceRef(VendorKind.Walcu, 4, "string"), order.Customer);
        Assert.Equal(OrderStatus.Closed, order.Status); // finished: true
        Assert.Equal(0m, order.Amount);
        Assert.Equal("string", order.Description);
        Assert.Equal(new DateTimeOffset(2025, 8, 8, 0, 0, 0, TimeSpan.Zero), order.DateUtc);
    }

    [Theory]
    [InlineData("draft", OrderStatus.Draft)]
    [InlineData("sent", OrderStatus.Submitted)]
    [InlineData("signed", OrderStatus.Closed)]
    [InlineData("rejected", OrderStatus.Revoked)]
    [InlineData("something-new", OrderStatus.Other)]
    public void ToOrder_OfferStatus_MapsToCommonStatus(string status, OrderStatus expected)
    {
        var offer = WalcuExamples.Dto<WalcuOfferDto>("offers") with { Status = status };

        Assert.Equal(expected, WalcuMapper.ToOrder(offer, 1)?.Status);
    }

    private static T Parse<T>(string json) => JsonSerializer.Deserialize<T>(json, VendorJson.Options) ?? throw new InvalidOperationException();
}
