using System.Text.Json.Nodes;
using Portal.Sandbox.Walcu;

namespace Portal.Tests.Sandbox.Walcu;

public sealed class WalcuJsonPatchTests
{
    private static readonly WalcuCollection Clients = WalcuCollection.Clients;

    private static JsonObject Client() => Clients.Schema.Complete(new JsonObject
    {
        ["_id"] = "c1",
        ["__v"] = 3,
        ["primary_contact"] = new JsonObject { ["name"] = new JsonObject { ["first_name"] = "Liz", ["last_name"] = "Nunez" }, ["emails"] = new JsonArray("a@example.com") },
        ["foreign_ids"] = new JsonArray("guardant:1", "dms:2"),
    });

    [Fact]
    public void Apply_EveryOperationKind_AppliesInOrder()
    {
        var patch = JsonNode.Parse("""
            [{"op":"test","path":"/__v","value":3.0},
             {"op":"replace","path":"/primary_contact/name/first_name","value":"Elizabeth"},
             {"op":"add","path":"/primary_contact/emails/0","value":"first@example.com"},
             {"op":"remove","path":"/foreign_ids/1"},
             {"op":"copy","from":"/primary_contact/name/last_name","path":"/primary_contact/name/raw_name"},
             {"op":"move","from":"/primary_contact/name/title","path":"/primary_contact/name/salutation"}]
            """);

        var result = WalcuJsonPatch.Apply(Client(), patch, Clients.Schema, Clients.IsServerOwned);

        Assert.Equal("Elizabeth", result["primary_contact"]?["name"]?["first_name"]?.GetValue<string>());
        Assert.Equal("""["first@example.com","a@example.com"]""", result["primary_contact"]?["emails"]?.ToJsonString());
        Assert.Equal("""["guardant:1"]""", result["foreign_ids"]?.ToJsonString());
        Assert.Equal("Nunez", result["primary_contact"]?["name"]?["raw_name"]?.GetValue<string>());
        Assert.False((result["primary_contact"]?["name"] as JsonObject)?.ContainsKey("title"));
    }

    [Fact]
    public void Apply_AppendWithDash_AddsAtTheEnd()
    {
        var result = Apply("""[{"op":"add","path":"/foreign_ids/-","value":"cova:9"}]""");

        Assert.Equal("""["guardant:1","dms:2","cova:9"]""", result["foreign_ids"]?.ToJsonString());
    }

    [Fact]
    public void Apply_FailedTest_IsConflict()
    {
        var error = Assert.Throws<WalcuApiError>(() => Apply("""[{"op":"test","path":"/__v","value":2},{"op":"remove","path":"/foreign_ids"}]"""));

        Assert.Equal((409, "conflict"), (error.Status, error.Code));
    }

    [Theory]
    [InlineData("""{"op":"add"}""", 400, "invalid_patch")]
    [InlineData("""[{"op":"frob","path":"/foreign_ids"}]""", 400, "invalid_patch")]
    [InlineData("""[{"op":"add","path":"foreign_ids","value":[]}]""", 400, "invalid_patch")]
    [InlineData("""[{"op":"replace","path":"/primary_contact/name/first_name"}]""", 400, "invalid_patch")]
    [InlineData("""[{"op":"move","path":"/foreign_ids"}]""", 400, "invalid_patch")]
    [InlineData("""[{"op":"add","path":"/shoe_size","value":9}]""", 422, "invalid_path")]
    [InlineData("""[{"op":"replace","path":"/__v","value":9}]""", 422, "read_only")]
    [InlineData("""[{"op":"replace","path":"/updated_at","value":"2026-01-01"}]""", 422, "read_only")]
    [InlineData("""[{"op":"add","path":"/computed/number_of_notes","value":1}]""", 422, "read_only")]
    [InlineData("""[{"op":"add","path":"/contacts_emails/-","value":"x@example.com"}]""", 422, "read_only")]
    [InlineData("""[{"op":"replace","path":"/primary_contact/name/first_name","value":42}]""", 422, "invalid_value")]
    [InlineData("""[{"op":"replace","path":"/primary_contact/name/gender","value":"robot"}]""", 422, "invalid_value")]
    [InlineData("""[{"op":"replace","path":"/primary_contact","value":{"nickname":"x"}}]""", 422, "invalid_value")]
    [InlineData("""[{"op":"remove","path":"/foreign_ids/7"}]""", 422, "invalid_path")]
    [InlineData("""[{"op":"add","path":"/address/locality","value":"Tampa"}]""", 422, "invalid_path")]
    [InlineData("""[{"op":"replace","path":"","value":{}}]""", 422, "invalid_path")]
    [InlineData("""[{"op":"move","from":"/primary_contact","path":"/primary_contact/name"}]""", 422, "invalid_path")]
    public void Apply_InvalidPatch_IsRefusedWithAMessage(string patch, int status, string code)
    {
        var error = Assert.Throws<WalcuApiError>(() => Apply(patch));

        Assert.Equal((status, code), (error.Status, error.Code));
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Apply_LaterOperationFails_RecordUnchanged()
    {
        var client = Client();
        var before = client.ToJsonString();

        Assert.Throws<WalcuApiError>(() => WalcuJsonPatch.Apply(client, JsonNode.Parse(
            """[{"op":"remove","path":"/foreign_ids"},{"op":"add","path":"/nope","value":1}]"""), Clients.Schema, Clients.IsServerOwned));

        Assert.Equal(before, client.ToJsonString());
    }

    private static JsonObject Apply(string patch) => WalcuJsonPatch.Apply(Client(), JsonNode.Parse(patch), Clients.Schema, Clients.IsServerOwned);
}
