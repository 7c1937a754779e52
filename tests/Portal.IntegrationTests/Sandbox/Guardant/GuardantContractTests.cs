using System.Net;
using System.Text.Json.Nodes;
using Portal.IntegrationTests.Vendors;
using Portal.Sandbox.Guardant;

namespace Portal.IntegrationTests.Sandbox.Guardant;

/// <summary>The emulator against guardant-customers-orders.txt: every example payload, field by field.</summary>
public sealed class GuardantContractTests(VendorTestPortal portal) : IClassFixture<VendorTestPortal>
{
    private readonly GuardantRaw _raw = new(portal);

    private static void SameShape(string exampleFile, JsonNode? actual) =>
        Assert.Empty(JsonShape.Differences(DocFixtures.Json("guardant", exampleFile), actual));

    [Fact]
    public async Task GetCustomers_Answer_HasTheDocExampleShape()
    {
        var (status, body) = await _raw.SendAsync(HttpMethod.Get, "customers?limit=25");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(25, body?["customers"]?.AsArray().Count);
        SameShape("customers-list.json", body);
        Assert.All(body?["customers"]?.AsArray() ?? [], c => Assert.Contains(c?["status"]?.GetValue<int>(), new int?[] { 0, 1 }));
    }

    [Fact]
    public async Task GetCustomer_Answer_HasTheDocExampleShape()
    {
        var (status, body) = await _raw.SendAsync(HttpMethod.Get, "customers?offset=4&limit=1");
        var id = body?["customers"]?[0]?["_id"]?.GetValue<long>();

        var (getStatus, customer) = await _raw.SendAsync(HttpMethod.Get, $"customers/{id}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (status, getStatus));
        SameShape("customer-get.json", customer);
        Assert.True(JsonNode.DeepEquals(body?["customers"]?[0], customer?["customer"]));
    }

    [Fact]
    public async Task PostCustomer_DocExampleBodyWithLeadingSpace_CreatesWithTheDocResponseShape()
    {
        var (status, body) = await _raw.SendAsync(HttpMethod.Post, "customers", DocFixtures.Json("guardant", "customer-post-request.json"));

        Assert.Equal(HttpStatusCode.OK, status);
        SameShape("customer-post-response.json", body);
        // The document's own response says "PostMan": we return what was sent, " customerName" included.
        Assert.Equal("My first name", body?["customer"]?["name"]?.GetValue<string>());
        var expected = DocFixtures.Json("guardant", "customer-post-response.json")["customer"]?.DeepClone().AsObject() ?? [];
        expected["_id"] = body?["customer"]?["_id"]?.DeepClone();
        expected["name"] = "My first name";
        Assert.True(JsonNode.DeepEquals(expected, body?["customer"]), body?.ToJsonString());
    }

    [Fact]
    public async Task PutCustomer_DocExampleBody_AnswersTheDocResponse()
    {
        var (_, created) = await _raw.SendAsync(HttpMethod.Post, "customers", new JsonObject { ["customerName"] = "Someone" });
        var id = created?["customer"]?["_id"]?.GetValue<long>();

        var (status, body) = await _raw.SendAsync(HttpMethod.Put, $"customers/{id}", DocFixtures.Json("guardant", "customer-put-request.json"));

        Assert.Equal(HttpStatusCode.OK, status);
        var expected = DocFixtures.Json("guardant", "customer-put-response.json")["customer"]?.DeepClone().AsObject() ?? [];
        expected["_id"] = id;
        Assert.True(JsonNode.DeepEquals(expected, body?["customer"]), body?.ToJsonString());
    }

    [Fact]
    public async Task GetOrders_Answer_HasTheDocExampleShapeAndEveryStatus()
    {
        var statuses = new HashSet<int>();
        var (_, list) = await _raw.SendAsync(HttpMethod.Get, "customers?limit=60");
        foreach (var id in list?["customers"]?.AsArray().Select(c => c?["_id"]?.GetValue<long>()) ?? [])
        {
            var (status, body) = await _raw.SendAsync(HttpMethod.Get, $"customers/{id}/orders");
            Assert.Equal(HttpStatusCode.OK, status);
            SameShape("orders-list.json", body);
            statuses.UnionWith(body?["orders"]?.AsArray().Select(o => o?["status"]?.GetValue<int>() ?? -1) ?? []);
        }

        Assert.Equal([0, 1, 2], statuses.Order());
    }
}
