using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Features.Orders;
using Portal.Features.Orders.Sources;
using Portal.Vendors;
using Portal.Vendors.Guardant;
using Portal.Vendors.Http;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.Tests.Features.Orders;

/// <summary>Every documented order field, from the vendor documents' examples, reaches the detail drawer.</summary>
public sealed class OrderFieldsTests
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public void Guardant_DocExample_EveryFieldShown_EpochDatesInDealershipZone_ZeroIsNone()
    {
        var example = DocFixtures.Json("guardant", "orders-list.json")["orders"]!.AsArray();
        var orders = example.Deserialize<List<GuardantOrder>>(VendorJson.Options) ?? [];
        var context = OrderRows.Context(VendorKind.Guardant, "America/Chicago");

        for (var i = 0; i < orders.Count; i++)
        {
            var fields = OrderFields.Of(OrderRowMapper.FromGuardant(orders[i], 8, context), Culture).ToDictionary(f => f.Name, f => f.Value);
            Assert.Equal(Leaves(example[i]).Order(), fields.Keys.Order());
            Assert.Equal("none", fields["submitdate"]);
            Assert.Equal("none", fields["archivationdate"]);
        }
        var first = OrderFields.Of(OrderRowMapper.FromGuardant(orders[0], 8, context), Culture).ToDictionary(f => f.Name, f => f.Value);
        // 1527501148 = 2018-05-28 09:52:28 UTC = 04:52 in Chicago (CDT, UTC-5).
        Assert.Equal("28/05/2018 04:52", first["date"]);
        Assert.Equal(("10016", "Draft (0)", "7", "2", "With client", "yes", "no"),
            (first["_id"], first["status"], first["activationlimit"], first["quantity"], first["description"], first["customerrequired"], first["archived"]));
        var second = OrderFields.Of(OrderRowMapper.FromGuardant(orders[1], 8, context), Culture).ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal(("Submit (1)", "02/10/2018 01:55", "none"), (second["status"], second["activationbirthdate"], second["activationdeathdate"]));
    }

    [Theory]
    [InlineData("repairorders")]
    [InlineData("offers")]
    public void Walcu_DocExample_EveryFieldShown(string collection)
    {
        var example = DocFixtures.Json("walcu", collection + ".json").AsArray()[0]!.AsObject();
        var context = OrderRows.Context(VendorKind.Walcu);
        var row = collection == "offers"
            ? OrderRowMapper.FromWalcu(example.Deserialize<WalcuOfferDto>(VendorJson.Options)!, context)
            : OrderRowMapper.FromWalcu(example.Deserialize<WalcuRepairOrderDto>(VendorJson.Options)!, context);

        var fields = OrderFields.Of(row ?? throw new InvalidOperationException("The example has an _id."), Culture).ToDictionary(f => f.Name, f => f.Value);

        Assert.Equal(Leaves(example).Order(), fields.Keys.Order());
        Assert.Equal("08/08/2025 00:00", fields["created_at"]);
    }

    [Fact]
    public void Walcu_OfferSignerEmail_IsMasked()
    {
        var dto = DocFixtures.Json("walcu", "offers.json").AsArray()[0].Deserialize<WalcuOfferDto>(VendorJson.Options)! with
        {
            SignatureData = new WalcuSignatureDataDto(new WalcuSignatureSignerDto("Ada", "ada.lovelace@example.org", "s"), "d"),
        };

        var fields = OrderFields.Of(OrderRowMapper.FromWalcu(dto, OrderRows.Context(VendorKind.Walcu))!, Culture).ToDictionary(f => f.Name, f => f.Value);

        Assert.Equal("a•••@example.org", fields["signature_data.signaturit.email"]);
    }

    [Fact]
    public void Walcu_RepairOrderExample_PricesInUserCulture()
    {
        var dto = DocFixtures.Json("walcu", "repairorders.json").AsArray()[0].Deserialize<WalcuRepairOrderDto>(VendorJson.Options)! with
        {
            Invoices = [new WalcuInvoiceDto("I-1", 1234.5m, [], "i1")],
        };
        var row = OrderRowMapper.FromWalcu(dto, OrderRows.Context(VendorKind.Walcu))!;

        var german = OrderFields.Of(row, CultureInfo.GetCultureInfo("de-DE")).Single(f => f.Name == "invoices[0].price");

        Assert.Equal("1.234,50", german.Value);
        Assert.Equal("1.234,50", OrderDisplay.Amount(row.Order.Amount, CultureInfo.GetCultureInfo("de-DE")));
    }

    /// <summary>The example's leaf paths: values, and empty objects or arrays.</summary>
    private static IEnumerable<string> Leaves(JsonNode? node, string path = "") => node switch
    {
        JsonObject { Count: > 0 } o => o.SelectMany(p => Leaves(p.Value, path.Length == 0 ? p.Key : $"{path}.{p.Key}")),
        JsonArray { Count: > 0 } a => a.SelectMany((e, i) => Leaves(e, $"{path}[{i}]")),
        _ => [path],
    };
}
