using System.Text.Json.Nodes;
using Portal.Sandbox.People;
using Portal.Sandbox.Walcu;

namespace Portal.Tests.Sandbox.Walcu;

public sealed class WalcuStoreTests
{
    private readonly WalcuStore _store = new(new WalcuWorld(new SandboxPopulation(7, 200)), new FixedTime(SandboxClock.Now.AddDays(-30)));

    private static readonly WalcuCollection Clients = WalcuCollection.Clients;

    [Fact]
    public void Patch_Twice_BumpsVersionAndUpdatedAtEachTime()
    {
        var (id, before) = First();

        var once = _store.Patch(Clients, id, JsonNode.Parse("""[{"op":"add","path":"/foreign_ids/-","value":"x:1"}]"""));
        var twice = _store.Patch(Clients, id, JsonNode.Parse("""[{"op":"remove","path":"/foreign_ids/0"}]"""));

        Assert.Equal(Version(before) + 1, Version(once));
        Assert.Equal(Version(before) + 2, Version(twice));
        Assert.True(string.CompareOrdinal(Text(once["updated_at"]), Text(before["updated_at"])) > 0);
        Assert.True(string.CompareOrdinal(Text(twice["updated_at"]), Text(once["updated_at"])) > 0);
        Assert.Equal(Text(twice["updated_at"]), Text(_store.Find(Clients, id)?["updated_at"]));
    }

    [Fact]
    public void Scan_AfterWrites_StaysInUpdatedAtOrderWithWritesLast()
    {
        var (id, _) = First();
        _store.Patch(Clients, id, JsonNode.Parse("""[{"op":"replace","path":"/primary_contact/name/first_name","value":"Z"}]"""));
        var created = _store.Create(Clients, JsonNode.Parse("""{"primary_contact":{"name":{"first_name":"New"}}}"""));

        var all = _store.Scan(Clients, new WalcuScanHint()).Select(e => e.Doc).ToList();

        Assert.Equal([id, Text(created["_id"])], all.TakeLast(2).Select(d => Text(d["_id"])));
        Assert.Single(all, d => Text(d["_id"]) == id);
        var times = all.Select(d => Text(d["updated_at"])).ToList();
        Assert.Equal(times.Order(StringComparer.Ordinal), times);
    }

    [Fact]
    public void Delete_Record_IsGoneFromGetAndList()
    {
        var (id, _) = First();

        _store.Delete(Clients, id);

        Assert.Null(_store.Find(Clients, id));
        Assert.DoesNotContain(_store.Scan(Clients, new WalcuScanHint()), e => e.Id == id);
        Assert.Equal(404, Assert.Throws<WalcuApiError>(() => _store.Delete(Clients, id)).Status);
    }

    [Fact]
    public void Replace_FieldsLeftOut_AreClearedButServerFieldsKept()
    {
        var (id, before) = First();

        var after = _store.Replace(Clients, id, new JsonObject { ["__v"] = Version(before), ["primary_contact"] = JsonNode.Parse("""{"name":{"first_name":"Only"}}""") });

        Assert.Equal("Only", Text(after["primary_contact"]?["name"]?["first_name"]));
        Assert.Null(after["address"]);
        Assert.Equal(Text(before["created_at"]), Text(after["created_at"]));
        Assert.Equal(id, Text(after["_id"]));
        Assert.Equal(409, Assert.Throws<WalcuApiError>(() => _store.Replace(Clients, id, JsonNode.Parse("""{"__v":0}"""))).Status);
    }

    [Fact]
    public void Create_ChildRecord_GetsIdsTimestampsAndVersionZero()
    {
        var created = _store.Create(WalcuCollection.RepairOrders, JsonNode.Parse("""{"client_id":"c","invoices":[{"price":10}]}"""));

        Assert.Equal(0, Version(created));
        Assert.Equal(24, Text(created["_id"])?.Length);
        Assert.NotNull(created["invoices"]?[0]?["_id"]);
        Assert.Equal(created.ToJsonString(), _store.Find(WalcuCollection.RepairOrders, Text(created["_id"]) ?? "")?.ToJsonString());
    }

    private (string Id, JsonObject Doc) First()
    {
        var doc = _store.Scan(Clients, new WalcuScanHint()).First().Doc;
        return (Text(doc["_id"]) ?? "", doc);
    }

    private static long Version(JsonObject doc) => (long)(doc["__v"].AsNumber() ?? -1);

    private static string? Text(JsonNode? node) => node.AsString();

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
