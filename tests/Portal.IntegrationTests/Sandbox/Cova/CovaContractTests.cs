using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace Portal.IntegrationTests.Sandbox.Cova;

/// <summary>
/// The emulator against the document, over raw HTTP: the example call answers customers shaped like the sample
/// (names, nesting, JSON types, ISO dates), filling every documented field between them; tokens and errors have the
/// shapes we chose (RFC 6749, ASP.NET Web API).
/// </summary>
public sealed class CovaContractTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private const string Feed = "sandbox/cova/crm/v1/Companies(240811)/CustomerFull";
    private const string DocumentFilter = "$filter=LastModifiedDateUtc ge datetime'2019-01-01T00:00:00z'";
    private readonly SandboxControl _sandbox = new(portal.Factory);

    [Fact]
    public async Task CustomerFull_TheDocumentsExampleCall_MatchesTheSampleAndFillsEveryField()
    {
        var sample = DocFixtures.Json("cova", "customer-full-200.json");

        var answer = await GetAsync($"{Feed}?{DocumentFilter}", await TokenAsync());

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        var customers = answer.Body?.AsArray() ?? [];
        Assert.True(customers.Count > 20, $"only {customers.Count} customers");
        Assert.Empty(JsonShape.Differences(sample, answer.Body));
        Assert.Empty(JsonShape.Uncovered(sample, [answer.Body]));
        Assert.Contains(customers, c => c?["MergedIntoCustomerId"] is JsonValue);
        Assert.Contains(customers, c => c?["MergedCustomers"]?.AsArray().Count > 0);
    }

    [Fact]
    public async Task CustomerFull_GtAndPaging_ReturnTheRightSlices()
    {
        var token = await TokenAsync();
        var all = Ids((await GetAsync($"{Feed}?{DocumentFilter}", token)).Body);
        var whole = (await GetAsync($"{Feed}?{DocumentFilter}", token)).Body?.AsArray() ?? [];
        var boundary = whole[10]?["LastModifiedDateUtc"]?.GetValue<string>() ?? "";
        var literal = DateTimeOffset.Parse(boundary, System.Globalization.CultureInfo.InvariantCulture).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);

        var page = Ids((await GetAsync($"{Feed}?{DocumentFilter}&$orderby=LastModifiedDateUtc&$top=5&$skip=3", token)).Body);
        var after = Ids((await GetAsync($"{Feed}?$filter=LastModifiedDateUtc gt datetime'{literal}'", token)).Body);

        Assert.Equal(all.Skip(3).Take(5), page);
        Assert.Equal(all.Skip(all.LastIndexOf(Ids(new JsonArray(whole[10]?.DeepClone()))[0]) + 1), after);
    }

    [Fact]
    public async Task Token_PasswordGrant_AnswersTheOAuthFields()
    {
        using var response = await _sandbox.Raw.PostAsync("sandbox/cova/oauth2/token", Form("cova-sandbox-secret-9b1e"));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("bearer", body?["token_type"]?.GetValue<string>());
        Assert.Equal(43200, body?["expires_in"]?.GetValue<int>());
        Assert.False(string.IsNullOrEmpty(body?["access_token"]?.GetValue<string>()));
    }

    [Fact]
    public async Task Token_WrongClientSecret_IsInvalidClient()
    {
        using var response = await _sandbox.Raw.PostAsync("sandbox/cova/oauth2/token", Form("nope"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("invalid_client", JsonNode.Parse(await response.Content.ReadAsStringAsync())?["error"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("$filter=LastModifiedDateUtc ge datetime'2019-02-30T00:00:00z'", HttpStatusCode.BadRequest)]
    [InlineData("$filter=LastModifiedDateUtc ge 2019-01-01", HttpStatusCode.BadRequest)]
    [InlineData("", HttpStatusCode.BadRequest)]
    [InlineData(DocumentFilter + "&$top=-2", HttpStatusCode.BadRequest)]
    public async Task CustomerFull_BadQuery_Is400WithAWebApiMessage(string query, HttpStatusCode status)
    {
        var answer = await GetAsync($"{Feed}?{query}", await TokenAsync());

        Assert.Equal(status, answer.Status);
        Assert.Equal("The query specified in the URI is not valid.", answer.Body?["Message"]?.GetValue<string>());
        Assert.NotNull(answer.Body?["MessageDetail"]);
    }

    [Fact]
    public async Task CustomerFull_NoOrUnknownToken_Is401WithAWebApiMessage()
    {
        var none = await GetAsync($"{Feed}?{DocumentFilter}", null);
        var unknown = await GetAsync($"{Feed}?{DocumentFilter}", "not-a-token");

        Assert.All([none, unknown], a =>
        {
            Assert.Equal(HttpStatusCode.Unauthorized, a.Status);
            Assert.Equal("Authorization has been denied for this request.", a.Body?["Message"]?.GetValue<string>());
        });
    }

    private static List<string?> Ids(JsonNode? body) => body?.AsArray().Select(c => c?["Id"]?.GetValue<string>()).ToList() ?? [];

    private async Task<string> TokenAsync()
    {
        using var response = await _sandbox.Raw.PostAsync("sandbox/cova/oauth2/token", Form("cova-sandbox-secret-9b1e"));
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())?["access_token"]?.GetValue<string>() ?? "";
    }

    private async Task<(HttpStatusCode Status, JsonNode? Body)> GetAsync(string url, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        using var response = await _sandbox.Raw.SendAsync(request);
        return (response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    private static FormUrlEncodedContent Form(string clientSecret) => new(new Dictionary<string, string>
    {
        ["grant_type"] = "password", ["client_id"] = "cova-sandbox-client", ["client_secret"] = clientSecret,
        ["username"] = "sandbox@cova.example", ["password"] = "cova-sandbox-pass-2c8d",
    });
}
