using System.Text.Json.Nodes;
using Portal.Sandbox.People;
using Portal.Sandbox.Walcu;

namespace Portal.Tests.Sandbox.Walcu;

public sealed class WalcuWorldTests
{
    private static readonly WalcuWorld World = new(new SandboxPopulation(20261122, 300));

    public static TheoryData<string> Collections => new(WalcuCollection.All.Select(c => c.Name));

    [Theory]
    [MemberData(nameof(Collections))]
    public void Scan_EveryGeneratedRecord_HasTheDocumentedShape(string name)
    {
        var collection = WalcuCollection.All.Single(c => c.Name == name);
        var example = DocFixtures.Json("walcu", name + ".json");

        var docs = World.Scan(collection, new WalcuScanHint()).Select(r => r.Doc).ToList();

        Assert.NotEmpty(docs);
        Assert.Empty(JsonShape.Differences(example, new JsonArray([.. docs]), WalcuDocEnums.Of));
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public void Generate_ById_IsTheScannedRecordAndOnlyInItsCollection(string name)
    {
        var collection = WalcuCollection.All.Single(c => c.Name == name);
        var entry = World.Scan(collection, new WalcuScanHint()).Skip(5).First();

        Assert.Equal(entry.Doc.ToJsonString(), World.Generate(collection, entry.Id)?.ToJsonString());
        Assert.All(WalcuCollection.All.Where(c => c != collection), other => Assert.Null(World.Generate(other, entry.Id)));
    }

    [Fact]
    public void Generate_SameSeedTwice_SameDocuments()
    {
        var again = new WalcuWorld(new SandboxPopulation(20261122, 300));
        var first = World.Scan(WalcuCollection.Clients, new WalcuScanHint()).Take(20).Select(r => r.Doc.ToJsonString());
        var second = again.Scan(WalcuCollection.Clients, new WalcuScanHint()).Take(20).Select(r => r.Doc.ToJsonString());

        Assert.Equal(first, second);
    }

    [Fact]
    public void Scan_Clients_AreInUpdatedAtOrderAndCarryLinkingIds()
    {
        var clients = World.Scan(WalcuCollection.Clients, new WalcuScanHint()).Select(r => r.Doc).ToList();

        var times = clients.Select(c => DateTimeOffset.Parse(c["updated_at"]?.GetValue<string>() ?? "", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.Order(), times);
        Assert.Contains(clients, c => (c["foreign_ids"] as JsonArray ?? []).Any(f => f?.GetValue<string>().StartsWith("guardant:", StringComparison.Ordinal) == true));
        Assert.Contains(clients, c => (c["foreign_ids"] as JsonArray ?? []).Any(f => Guid.TryParse(f?.GetValue<string>(), out _)));
        Assert.InRange(clients.Count, 150, 280); // Walcu holds most people (about three in four)
    }

    [Fact]
    public void Scan_VehiclesAndCars_HaveValidVins()
    {
        var vins = WalcuCollection.All.Where(c => c == WalcuCollection.ClientVehicles || c == WalcuCollection.Cars)
            .SelectMany(c => World.Scan(c, new WalcuScanHint()).Select(r => r.Doc["vin"]?.GetValue<string>()))
            .ToList();

        Assert.NotEmpty(vins);
        Assert.All(vins, vin => Assert.True(VinGenerator.IsValid(vin), vin));
    }

    [Fact]
    public void Scan_ChildRecords_PointAtTheirClient()
    {
        var clientId = World.Scan(WalcuCollection.Clients, new WalcuScanHint()).First(r => World.Scan(WalcuCollection.RepairOrders, new WalcuScanHint(ClientId: r.Id)).Any()).Id;

        var orders = World.Scan(WalcuCollection.RepairOrders, new WalcuScanHint(ClientId: clientId)).Select(r => r.Doc).ToList();
        var vehicles = World.Scan(WalcuCollection.ClientVehicles, new WalcuScanHint(ClientId: clientId)).Select(r => r.Doc).ToList();

        Assert.All(orders, o => Assert.Equal(clientId, o["client_id"]?.GetValue<string>()));
        Assert.All(orders, o => Assert.Contains(vehicles, v => v["vin"]?.GetValue<string>() == o["car_info"]?["vin"]?.GetValue<string>()));
        Assert.All(vehicles, v => Assert.Equal(clientId, v["owner_history"]?[0]?["client_id"]?.GetValue<string>()));
    }

    [Fact]
    public void Scan_SearchPrefilter_AgreesWithTheDocumentSearch()
    {
        foreach (var term in (string[])["smith", "example.org", "555", "guardant:1"])
        {
            var search = WalcuSearch.Parse(term);
            var viaDocs = World.Scan(WalcuCollection.Clients, new WalcuScanHint()).Select(r => r.Doc)
                .Where(d => search?.Matches(d, WalcuCollection.Clients) == true).Select(d => d["_id"]?.GetValue<string>());
            var viaPrefilter = World.Scan(WalcuCollection.Clients, new WalcuScanHint(Search: search)).Select(r => r.Id);

            Assert.Equal(viaDocs, viaPrefilter);
        }
    }

    [Fact]
    public void Generate_UnknownOrForeignIds_AreNull()
    {
        Assert.Null(World.Generate(WalcuCollection.Clients, "000000000000000000000000"));
        Assert.Null(World.Generate(WalcuCollection.Clients, "not-an-id"));
        Assert.Null(World.Generate(WalcuCollection.Clients, SandboxIds.ObjectId(1, SandboxVendor.Walcu, 3)));
    }
}
