using System.Net;
using System.Text.Json.Nodes;
using Portal.IntegrationTests.Vendors;
using Portal.Sandbox.Drivly;

namespace Portal.IntegrationTests.Sandbox.Drivly;

/// <summary>The emulator against drivly-commerce-customers-versions.txt: the example payload, field by field.</summary>
public sealed class DrivlyContractTests(VendorTestPortal portal) : IClassFixture<VendorTestPortal>
{
    private readonly DrivlyRaw _raw = new(portal);

    private static readonly string[] Statuses = ["LEAD", "PROSPECT", "APPLICATION", "APPROVED", "SOLD", "LOST"];

    private static IReadOnlyList<string>? Enums(string path, string example) => example switch
    {
        "SOLD" => Statuses,
        "Dealer" => ["Dealer", "Fleet", "Partner"],
        _ => null,
    };

    /// <summary>Differences from the example, minus the fields Payload adds that the example leaves out (documented).</summary>
    private static List<string> Drift(JsonNode? example, JsonNode? actual, params string[] documentedAdditions) =>
        JsonShape.Differences(example, actual, Enums)
            .Where(d => !documentedAdditions.Any(a => d.EndsWith($".{a}: not in the document", StringComparison.Ordinal)))
            .ToList();

    [Fact]
    public async Task GetVersions_Answer_HasTheDocExampleShapeFieldByField()
    {
        // Suffixes are rare among 200 people: give one customer a suffix so its type is checked too.
        await _raw.SendAsync(HttpMethod.Patch, "customers/" + (await _raw.SendAsync(HttpMethod.Get, "customers?depth=0&limit=1")).Body?["docs"]?[0]?["id"], new JsonObject { ["consumerSuffix"] = "Jr." });
        var (status, body) = await _raw.SendAsync(HttpMethod.Get, "customers/versions?depth=0&limit=1000");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Empty(Drift(DocFixtures.Json("drivly", "customers-versions.json"), body, "id", "parent"));
        // A fleet customer fills every field, so each documented type is seen at least once with a value.
        var example = DocFixtures.Json("drivly", "customers-versions.json")["docs"]?[0]?["version"]?.AsObject() ?? [];
        var versions = body?["docs"]?.AsArray().Select(d => d?["version"]).ToList() ?? [];
        Assert.All(example, field => Assert.Contains(versions, v => v?[field.Key] is not null));
    }

    [Fact]
    public async Task GetCustomers_Docs_AreTheVersionFieldsWithPayloadIdAndTimestamps()
    {
        var (status, body) = await _raw.SendAsync(HttpMethod.Get, "customers?depth=0&limit=50");
        var example = DocFixtures.Json("drivly", "customers-versions.json")["docs"]?[0]?["version"];

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.All(body?["docs"]?.AsArray() ?? [], doc => Assert.Empty(Drift(example, doc, "id", "createdAt", "updatedAt")));
        Assert.Equal(10, (await _raw.SendAsync(HttpMethod.Get, "customers")).Body?["docs"]?.AsArray().Count); // Payload's default limit
    }

    [Fact]
    public async Task GetCustomer_Depth_PopulatesTheAddressOnlyFromOne()
    {
        var (_, list) = await _raw.SendAsync(HttpMethod.Get, "customers?depth=0&limit=1");
        var id = list?["docs"]?[0]?["id"];

        var (_, flat) = await _raw.SendAsync(HttpMethod.Get, $"customers/{id}?depth=0");
        var (_, deep) = await _raw.SendAsync(HttpMethod.Get, $"customers/{id}");

        Assert.IsAssignableFrom<JsonValue>(flat?["address"]);
        Assert.NotNull(deep?["address"]?["city"]);
        Assert.IsAssignableFrom<JsonValue>(deep?["leads"]?[0]);
    }
}
