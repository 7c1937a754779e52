using System.Net;
using System.Text.Json.Nodes;
using Portal.Sandbox.People;

namespace Portal.IntegrationTests.Sandbox.Walcu;

/// <summary>
/// The emulator against the Walcu document (read side): every example payload compared field by field with what
/// the emulator answers for the same call, paging and filters returning the right slices, and the error shapes.
/// </summary>
public sealed class WalcuContractTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private readonly WalcuWire _wire = new(portal.Factory);

    public static TheoryData<string> Collections => ["clients", "contacts", "clientvehicles", "cars", "saleleads", "aftersaleleads", "repairorders", "offers"];

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task List_EveryRecord_HasTheDocumentExampleShape(string collection)
    {
        var list = await _wire.ListAsync(collection, "limit=200");

        Assert.NotEmpty(list);
        Assert.Empty(JsonShape.Differences(DocFixtures.Json("walcu", collection + ".json"), list, WalcuDocEnums.Of));
    }

    [Theory]
    [MemberData(nameof(Collections))]
    public async Task Get_OneRecord_IsAnObjectWithTheExampleShape(string collection)
    {
        var id = (await _wire.ListAsync(collection, "limit=1&skip=3"))[0]?["_id"]?.GetValue<string>() ?? "";

        var record = await _wire.GetAsync(collection, id);

        Assert.Equal(id, record["_id"]?.GetValue<string>());
        var example = DocFixtures.Json("walcu", collection + ".json")[0];
        Assert.Empty(JsonShape.Differences(example, record, WalcuDocEnums.Of));
    }

    [Fact]
    public async Task ListClients_KeyFields_ArePopulated()
    {
        var clients = await _wire.ListAsync("clients", "limit=50");

        foreach (var path in (string[])["primary_contact.name.first_name", "primary_contact.name.last_name", "contacts_names", "address.postal_code",
            "address.locality", "address.area_level_1", "created_at", "updated_at", "__v", "dealer_id"])
        {
            Assert.All(clients, c => Assert.NotNull(path.Split('.').Aggregate((JsonNode?)c, (node, key) => node?[key])));
        }
        Assert.Contains(clients, c => c?["contacts_emails"] is JsonArray { Count: > 0 });
        Assert.Contains(clients, c => c?["contacts_phones"] is JsonArray { Count: > 0 });
    }

    [Fact]
    public async Task ListClients_SkipAndLimit_PageThroughEveryClientOnce()
    {
        var seen = new List<string>();
        for (var skip = 0; ; skip += 40)
        {
            var response = await _wire.SendAsync(HttpMethod.Get, $"clients?skip={skip}&limit=40&project=_id");
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync()) as JsonArray ?? [];
            seen.AddRange(page.Select(c => c?["_id"]?.GetValue<string>() ?? ""));
            var hasMore = response.Headers.GetValues("mapp-has-more").Single();
            if (hasMore == "false")
            {
                break;
            }
            Assert.Equal(("true", 40), (hasMore, page.Count));
        }

        Assert.Equal(_wire.GeneratedClients(), seen.Count);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task ListClients_UpdatedAtSince_IsExactlyTheClientsChangedSinceInOrder()
    {
        var since = _wire.Population.ModifiedAt(120, SandboxVendor.Walcu);
        var q = Uri.EscapeDataString($$$"""{"updated_at":{"$gte":"{{{since.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}}}"}}""");

        var clients = await _wire.ListAsync("clients", $"q={q}&sort=updated_at&limit=1000&project=updated_at");

        var times = clients.Select(c => DateTimeOffset.Parse(c?["updated_at"]?.GetValue<string>() ?? "", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.All(times, t => Assert.True(t >= since));
        Assert.Equal(times.Order(), times);
        Assert.Equal(_wire.GeneratedClients(_wire.Population.FirstIndexModifiedAtOrAfter(since, SandboxVendor.Walcu)), clients.Count);
    }

    [Fact]
    public async Task ListChildren_ByClientId_OnlyThatClientsRecords()
    {
        var clientId = await _wire.ClientWithAsync("repairorders");
        var q = Uri.EscapeDataString($$"""{"client_id":"{{clientId}}"}""");

        var orders = await _wire.ListAsync("repairorders", "q=" + q);
        var vehicles = await _wire.ListAsync("clientvehicles", "q=" + Uri.EscapeDataString($$"""{"owner_history.client_id":"{{clientId}}"}"""));

        Assert.All(orders, o => Assert.Equal(clientId, o?["client_id"]?.GetValue<string>()));
        Assert.NotEmpty(vehicles);
        Assert.All(orders, o => Assert.Contains(vehicles, v => v?["vin"]?.GetValue<string>() == o?["car_info"]?["vin"]?.GetValue<string>()));
    }

    [Fact]
    public async Task ListClients_SearchByName_FindsTheClientAndEveryTermMustMatch()
    {
        var client = (await _wire.ListAsync("clients", "limit=1&skip=10"))[0];
        var last = client?["primary_contact"]?["name"]?["last_name"]?.GetValue<string>() ?? "";
        var id = client?["_id"]?.GetValue<string>();

        var byName = await _wire.ListAsync("clients", "limit=1000&project=_id&search=" + Uri.EscapeDataString(last.ToUpperInvariant()));

        Assert.Contains(byName, c => c?["_id"]?.GetValue<string>() == id);
        Assert.Empty(await _wire.ListAsync("clients", "search=" + Uri.EscapeDataString(last + " zzqx")));
    }

    [Fact]
    public async Task ListClients_SortAndProject_ReturnOrderedSlimRecords()
    {
        var clients = await _wire.ListAsync("clients", "limit=30&sort=-updated_at&project=updated_at%20primary_contact.name.last_name");

        Assert.All(clients, c => Assert.Equal(["_id", "updated_at", "primary_contact"], c?.AsObject().Select(p => p.Key)));
        var times = clients.Select(c => c?["updated_at"]?.GetValue<string>()).ToList();
        Assert.Equal(times.OrderDescending(StringComparer.Ordinal), times);
    }

    [Theory]
    [InlineData("clients?q=%7Bnope", HttpStatusCode.BadRequest, "invalid_query")]
    [InlineData("clients?q=%7B%22%24where%22%3A%221%22%7D", HttpStatusCode.BadRequest, "invalid_query")]
    [InlineData("clients?limit=abc", HttpStatusCode.BadRequest, "invalid_query")]
    [InlineData("clients?sort=%24bad", HttpStatusCode.BadRequest, "invalid_sort")]
    [InlineData("clients?project=a%20-b", HttpStatusCode.BadRequest, "invalid_project")]
    [InlineData("clients/000000000000000000000000", HttpStatusCode.NotFound, "not_found")]
    [InlineData("../5f0000000000000000000000/clients", HttpStatusCode.Forbidden, "forbidden")]
    public async Task Get_Refused_AnswersInWalcusErrorShape(string path, HttpStatusCode status, string code)
    {
        var (body, response) = await _wire.JsonAsync(HttpMethod.Get, path);

        Assert.Equal(status, response.StatusCode);
        AssertError(body, (int)status, code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer wrong-key")]
    [InlineData("Basic d2FsY3U6a2V5")]
    public async Task List_MissingOrWrongKey_Is401(string? authorization)
    {
        using var http = portal.Factory.CreateLoopbackClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, WalcuWire.Dealer("clients"));
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        AssertError(JsonNode.Parse(await response.Content.ReadAsStringAsync()), 401, "unauthorized");
    }

    [Fact]
    public async Task SandboxIndex_ListsWalcuWithItsDealerAndKey()
    {
        var index = JsonNode.Parse(await portal.Factory.CreateLoopbackClient().GetStringAsync("sandbox"));

        var walcu = (index?["emulators"] as JsonArray)?.Single(e => e?["vendor"]?.GetValue<string>() == "walcu");
        Assert.Equal(Portal.Sandbox.Walcu.WalcuSandbox.DealerId, walcu?["ids"]?["dealer_id"]?.GetValue<string>());
        Assert.Contains(Portal.Sandbox.Walcu.WalcuSandbox.ApiKey, walcu?["credentials"]?["Authorization"]?.GetValue<string>());
    }

    internal static void AssertError(JsonNode? body, int status, string code)
    {
        Assert.Equal(status, body?["status"]?.GetValue<int>());
        Assert.Equal(code, body?["code"]?.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(body?["message"]?.GetValue<string>()));
    }
}
