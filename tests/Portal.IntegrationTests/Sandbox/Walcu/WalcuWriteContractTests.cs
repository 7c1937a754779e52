using System.Net;
using System.Text.Json.Nodes;

namespace Portal.IntegrationTests.Sandbox.Walcu;

/// <summary>The emulator's writes against the Walcu document: JSON Patch round trips, PUT replaces, POST and DELETE.</summary>
public sealed class WalcuWriteContractTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private readonly WalcuWire _wire = new(portal.Factory);

    [Fact]
    public async Task Patch_JsonPatch_RoundTripsAndBumpsVersionAndUpdatedAt()
    {
        var before = await ClientAsync(1);
        var id = Text(before["_id"]);
        var patch = $$"""
            [{"op":"test","path":"/__v","value":{{before["__v"]?.ToJsonString()}}},
             {"op":"replace","path":"/primary_contact/name/first_name","value":"Patched"},
             {"op":"add","path":"/foreign_ids/-","value":"guardant:999"}]
            """;

        var (answer, response) = await _wire.JsonAsync(HttpMethod.Patch, $"clients/{id}", patch);
        var after = await _wire.GetAsync("clients", id);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(JsonShape.Differences(DocFixtures.Json("walcu", "clients.json")[0], answer, WalcuDocEnums.Of));
        Assert.Equal(answer?.ToJsonString(), after.ToJsonString());
        Assert.Equal("Patched", Text(after["primary_contact"]?["name"]?["first_name"]));
        Assert.Contains("guardant:999", after["foreign_ids"]?.ToJsonString());
        Assert.Equal(Number(before["__v"]) + 1, Number(after["__v"]));
        Assert.True(string.CompareOrdinal(Text(after["updated_at"]), Text(before["updated_at"])) > 0);
        Assert.Equal(Without(before, "primary_contact", "contacts", "contacts_names", "foreign_ids", "__v", "updated_at", "updated_by"),
            Without(after, "primary_contact", "contacts", "contacts_names", "foreign_ids", "__v", "updated_at", "updated_by"));
    }

    [Fact]
    public async Task Patch_WrittenClient_AppearsAtTheEndOfTheDeltaFeed()
    {
        var id = Text((await ClientAsync(2))["_id"]);
        var since = DateTimeOffset.UtcNow.AddMinutes(-1);

        await _wire.SendAsync(HttpMethod.Patch, $"clients/{id}", """[{"op":"add","path":"/pinned_note_id","value":"n1"}]""");
        var feed = await _wire.ListAsync("clients", "sort=updated_at&limit=1000&q=" + Uri.EscapeDataString($$$"""{"updated_at":{"$gte":"{{{since:O}}}"}}"""));

        Assert.Equal(id, Text(feed[^1]?["_id"]));
    }

    [Fact]
    public async Task Patch_StaleVersionTest_Is409Conflict()
    {
        var client = await ClientAsync(3);
        var stale = Number(client["__v"]) - 1;

        var (body, response) = await _wire.JsonAsync(HttpMethod.Patch, $"clients/{Text(client["_id"])}",
            $$"""[{"op":"test","path":"/__v","value":{{stale}}},{"op":"remove","path":"/address"}]""");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        WalcuContractTests.AssertError(body, 409, "conflict");
        Assert.NotNull((await _wire.GetAsync("clients", Text(client["_id"])))["address"]);
    }

    [Theory]
    [InlineData("""[{"op":"replace","path":"/primary_contact/shoe_size","value":9}]""", HttpStatusCode.UnprocessableEntity, "invalid_path")]
    [InlineData("""[{"op":"replace","path":"/_id","value":"x"}]""", HttpStatusCode.UnprocessableEntity, "read_only")]
    [InlineData("""[{"op":"replace","path":"/primary_contact/emails","value":"not-a-list"}]""", HttpStatusCode.UnprocessableEntity, "invalid_value")]
    [InlineData("""{"op":"replace"}""", HttpStatusCode.BadRequest, "invalid_patch")]
    [InlineData("""[{"op":"increment","path":"/__v"}]""", HttpStatusCode.BadRequest, "invalid_patch")]
    [InlineData("""not json""", HttpStatusCode.BadRequest, "invalid_json")]
    public async Task Patch_Invalid_Is4xxWithAMessage(string patch, HttpStatusCode status, string code)
    {
        var id = Text((await ClientAsync(4))["_id"]);

        var (body, response) = await _wire.JsonAsync(HttpMethod.Patch, $"clients/{id}", patch);

        Assert.Equal(status, response.StatusCode);
        WalcuContractTests.AssertError(body, (int)status, code);
    }

    [Fact]
    public async Task Put_Replaces_FieldsLeftOutAreBlanked()
    {
        var before = await ClientAsync(5);
        var id = Text(before["_id"]);
        var replacement = new JsonObject
        {
            ["__v"] = before["__v"]?.DeepClone(),
            ["primary_contact"] = before["primary_contact"]?.DeepClone(),
            ["contacts"] = before["contacts"]?.DeepClone(),
        };

        var (answer, response) = await _wire.JsonAsync(HttpMethod.Put, $"clients/{id}", replacement.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(JsonShape.Differences(DocFixtures.Json("walcu", "clients.json")[0], answer, WalcuDocEnums.Of));
        Assert.Null(answer?["address"]);
        Assert.Equal("[]", answer?["foreign_ids"]?.ToJsonString());
        Assert.Equal(before["primary_contact"]?.ToJsonString(), answer?["primary_contact"]?.ToJsonString());
        Assert.Equal(Text(before["created_at"]), Text(answer?["created_at"]));
        Assert.Equal(Number(before["__v"]) + 1, Number(answer?["__v"]));
    }

    [Fact]
    public async Task PostThenDelete_RecordComesAndGoes()
    {
        var (created, response) = await _wire.JsonAsync(HttpMethod.Post, "offers", """{"status":"draft","lead_type":"salelead","client_id":"c1"}""");
        var id = Text(created?["_id"]);

        var (deleted, deleteResponse) = await _wire.JsonAsync(HttpMethod.Delete, $"offers/{id}");
        var afterDelete = await _wire.SendAsync(HttpMethod.Get, $"offers/{id}");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Empty(JsonShape.Differences(DocFixtures.Json("walcu", "offers.json")[0], created, WalcuDocEnums.Of));
        Assert.Equal(HttpStatusCode.OK, deleteResponse.StatusCode);
        Assert.Empty(JsonShape.Differences(DocFixtures.Json("walcu", "delete-response.json"), deleted));
        Assert.Equal(id, Text(deleted?["_id"]));
        Assert.Equal(HttpStatusCode.NotFound, afterDelete.StatusCode);
    }

    private async Task<JsonObject> ClientAsync(int n) =>
        await _wire.GetAsync("clients", Text((await _wire.ListAsync("clients", $"limit=1&skip={20 + n}&project=_id"))[0]?["_id"]));

    private static string Without(JsonObject doc, params string[] fields) =>
        new JsonObject(doc.Where(p => !fields.Contains(p.Key)).Select(p => KeyValuePair.Create(p.Key, p.Value?.DeepClone()))).ToJsonString();

    private static string Text(JsonNode? node) => node?.GetValue<string>() ?? "";

    private static long Number(JsonNode? node) => node?.GetValue<long>() ?? -1;
}
