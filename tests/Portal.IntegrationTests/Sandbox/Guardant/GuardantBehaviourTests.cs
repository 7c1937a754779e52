using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Portal.IntegrationTests.Vendors;
using Portal.Sandbox;
using Portal.Sandbox.Guardant;

namespace Portal.IntegrationTests.Sandbox.Guardant;

/// <summary>The emulator's documented behaviour: PUT blanks, sorts, filters, offsets, order statuses, errors and auth.</summary>
public sealed class GuardantBehaviourTests(VendorTestPortal portal) : IClassFixture<VendorTestPortal>
{
    private readonly GuardantRaw _raw = new(portal);

    [Fact]
    public async Task PutCustomer_FieldLeftOut_IsBlanked()
    {
        var (_, list) = await _raw.SendAsync(HttpMethod.Get, "customers?type=company&limit=1");
        var before = list?["customers"]?[0] ?? throw new InvalidOperationException();

        var (status, body) = await _raw.SendAsync(HttpMethod.Put, $"customers/{before["_id"]}", new JsonObject { ["customerEmail"] = "only.email@example.com" });
        var (_, reread) = await _raw.SendAsync(HttpMethod.Get, $"customers/{before["_id"]}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.NotEqual("", before["name"]?.GetValue<string>());
        var after = reread?["customer"];
        Assert.Equal(("only.email@example.com", "", "", ""), (GuardantRaw.Text(after, "email"), GuardantRaw.Text(after, "name"), GuardantRaw.Text(after, "companyname"), GuardantRaw.Text(after, "phone")));
        Assert.True(JsonNode.DeepEquals(body?["customer"], after));
    }

    [Fact]
    public async Task GetOrders_StatusSortAndPaging_AsDocumented()
    {
        var id = await _raw.CustomerWithOrdersAsync(minimum: 3);

        var (_, all) = await _raw.SendAsync(HttpMethod.Get, $"customers/{id}/orders?sortby=submitdate&direction=desc");
        var (_, firstTwo) = await _raw.SendAsync(HttpMethod.Get, $"customers/{id}/orders?sortby=submitdate&direction=desc&limit=2");
        var (_, rest) = await _raw.SendAsync(HttpMethod.Get, $"customers/{id}/orders?sortby=submitdate&direction=desc&offset=2");
        var (_, drafts) = await _raw.SendAsync(HttpMethod.Get, $"customers/{id}/orders?status=0,1");

        var dates = GuardantRaw.Values(all, "orders", "submitdate");
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Equal(GuardantRaw.Values(all, "orders", "_id"), GuardantRaw.Values(firstTwo, "orders", "_id").Concat(GuardantRaw.Values(rest, "orders", "_id")));
        Assert.All(GuardantRaw.Values(drafts, "orders", "status"), s => Assert.InRange(s, 0, 1));
        var (_, byNumber) = await _raw.SendAsync(HttpMethod.Get, $"customers/{id}/orders");
        Assert.Equal(GuardantRaw.Values(byNumber, "orders", "number").Order(), GuardantRaw.Values(byNumber, "orders", "number"));
    }

    [Fact]
    public async Task GetCustomers_SortsFiltersAndOffsets_AsDocumented()
    {
        var (_, byName) = await _raw.SendAsync(HttpMethod.Get, "customers?sortby=name&limit=1000");
        var (_, page2) = await _raw.SendAsync(HttpMethod.Get, "customers?sortby=name&offset=10&limit=10");
        var (_, companies) = await _raw.SendAsync(HttpMethod.Get, "customers?type=company&limit=1000");
        var (_, persons) = await _raw.SendAsync(HttpMethod.Get, "customers?type=person&limit=1000");
        var (_, everyone) = await _raw.SendAsync(HttpMethod.Get, "customers?type=robots&limit=1000");
        var (_, archived) = await _raw.SendAsync(HttpMethod.Get, "customers?archived=true&limit=1000");

        var names = byName?["customers"]?.AsArray().Select(c => GuardantRaw.Text(c, "lastname")).ToList() ?? [];
        Assert.Equal(names.Order(StringComparer.OrdinalIgnoreCase), names);
        Assert.Equal(GuardantRaw.Values(byName, "customers", "_id").Skip(10).Take(10), GuardantRaw.Values(page2, "customers", "_id"));
        Assert.All(companies?["customers"]?.AsArray() ?? [], c => Assert.NotEqual("", GuardantRaw.Text(c, "companyname")));
        Assert.All(persons?["customers"]?.AsArray() ?? [], c => Assert.Equal("", GuardantRaw.Text(c, "companyname")));
        Assert.Equal(GuardantRaw.Values(everyone, "customers", "_id").Count, GuardantRaw.Values(companies, "customers", "_id").Count + GuardantRaw.Values(persons, "customers", "_id").Count);
        Assert.All(archived?["customers"]?.AsArray() ?? [], c => Assert.True(c?["archived"]?.GetValue<bool>()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task AnyCall_MissingOrWrongKey_401WithTheErrorShape(string? key)
    {
        var (status, body) = await _raw.SendWithKeyAsync(key, HttpMethod.Get, "customers");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("unauthorized", GuardantRaw.Text(body, "error"));
    }

    [Fact]
    public async Task AnyCall_CredentialsExpiredFault_401()
    {
        await portal.Sandbox.ClearFaultsAsync(GuardantSandbox.Vendor);
        await portal.Sandbox.SetFaultsAsync(GuardantSandbox.Vendor, new FaultSettings { ExpireCredentials = true, Count = 1 });
        using var request = new HttpRequestMessage(HttpMethod.Get, "sandbox/guardant/v1.0/customers");
        request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + GuardantSandbox.ApiKey);

        using var response = await portal.Sandbox.Raw.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("unauthorized", (await response.Content.ReadFromJsonAsync<JsonObject>())?["error"]?.GetValue<string>());
    }

    [Fact]
    public async Task DeleteCustomer_Then_GetAndOrdersAre404()
    {
        var id = await _raw.CustomerWithOrdersAsync(minimum: 1);

        var (deleted, _) = await _raw.SendAsync(HttpMethod.Delete, $"customers/{id}");
        var (get, body) = await _raw.SendAsync(HttpMethod.Get, $"customers/{id}");
        var (orders, _) = await _raw.SendAsync(HttpMethod.Get, $"customers/{id}/orders");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (deleted, get, orders));
        Assert.Equal("not_found", GuardantRaw.Text(body, "error"));
    }

    [Theory]
    [InlineData("customers?limit=0")]
    [InlineData("customers?sortby=age")]
    [InlineData("customers?direction=up")]
    [InlineData("customers/1/orders?status=0,7")]
    public async Task GetList_BadParameter_400WithTheErrorShape(string path)
    {
        var (status, body) = await _raw.SendAsync(HttpMethod.Get, path);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_request", GuardantRaw.Text(body, "error"));
    }
}
