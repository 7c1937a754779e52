using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Portal.IntegrationTests.Vendors.MyKaarma;
using Portal.Sandbox.People;

namespace Portal.IntegrationTests.Sandbox.MyKaarma;

/// <summary>
/// The emulator against the document, over raw HTTP: every answer has the example's field names, nesting, JSON types
/// and enum values; together the answers fill every documented field; errors come in the documented envelope.
/// </summary>
public sealed class MyKaarmaContractTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private const string Api = "sandbox/mykaarma/customer/v2/department/" + MyKaarmaSandboxRequests.Department + "/";
    private static readonly string[] ItemStatuses = ["SCHEDULED", "REQUESTED", "PENDING_APPROVAL", "COMPLETED", "DECLINED"];
    private static readonly string[] ReviewStatuses = ["APPROVED", "DECLINED", "REQUESTED_AGAIN"];
    private readonly SandboxControl _sandbox = new(portal.Factory);

    [Fact]
    public async Task GetCustomerProfileData_OpenRequestsAndAFullOne_MatchTheDocumentedShapeAndFillEveryField()
    {
        var example = DocFixtures.Json("mykaarma", "profile-data-200.json");
        var answers = new List<JsonNode>();
        foreach (var token in await OpenTokensAsync())
        {
            answers.Add(await GetJsonAsync($"{Api}profileViewRequest/{token}/profileData"));
        }
        var population = portal.Factory.Services.GetRequiredService<SandboxPopulation>();
        var people = Enumerable.Range(0, population.Size).Where(i => population.Holds(i, SandboxVendor.MyKaarma)).Select(population.Person).ToList();
        var household = people.First(p => population.RelationOf(p.Index).Kind == SandboxRelationKind.Household && p.Vehicles.Count > 0);
        var business = people.First(p => p.Company is not null);
        foreach (var person in new[] { household, business })
        {
            answers.Add(await GetJsonAsync($"{Api}profileViewRequest/{await FullRequestTokenAsync(person.Index)}/profileData"));
        }

        Assert.All(answers, a => Assert.Empty(JsonShape.Differences(example, a, Enum)));
        // A 200 carries no errors; the error element is checked on the error answers below.
        Assert.DoesNotContain(JsonShape.Uncovered(example, answers), p => !p.StartsWith("$.errors", StringComparison.Ordinal));
        var items = answers.SelectMany(a => a["customerProfileDataRequestDTO"]?["items"]?.AsArray() ?? []).ToList();
        Assert.Equal(ItemStatuses.Order(), items.Select(i => i?["status"]?.GetValue<string>()).Distinct().Order());
        Assert.Equal(ReviewStatuses.Order(), items.SelectMany(i => i?["reviews"]?.AsArray() ?? []).Select(r => r?["reviewStatus"]?.GetValue<string>()).Distinct().Order());
    }

    [Theory]
    [InlineData("sandbox/mykaarma/customer/v2/department/not-a-uuid/profileViewRequest", true, HttpStatusCode.BadRequest)]
    [InlineData(Api + "profileViewRequest", false, HttpStatusCode.Unauthorized)]
    [InlineData("sandbox/mykaarma/customer/v2/department/11111111-2222-4333-8444-555555555555/profileViewRequest", true, HttpStatusCode.Unauthorized)]
    [InlineData(Api + "profileViewRequest/not-a-token/profileData", true, HttpStatusCode.BadRequest)]
    [InlineData(Api + "vault/file/11111111-2222-4333-8444-555555555555", true, HttpStatusCode.NotFound)]
    public async Task Errors_AnyStatus_ComeInTheDocumentedEnvelope(string path, bool withCredentials, HttpStatusCode status)
    {
        using var response = await SendAsync(HttpMethod.Get, path, withCredentials);

        Assert.Equal(status, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        Assert.Empty(JsonShape.Differences(DocFixtures.Json("mykaarma", "envelope-error.json"), body));
        Assert.NotEmpty(body?["errors"]?.AsArray() ?? []);
    }

    [Fact]
    public async Task GetCustomerProfileData_UnknownToken_Is204WithoutABody()
    {
        using var response = await SendAsync(HttpMethod.Get, $"{Api}profileViewRequest/{Guid.NewGuid():N}/profileData", true);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task RecordReview_Approved_AnswersTheItemInTheDocumentedShape()
    {
        var request = await MyKaarmaSandboxRequests.CreateAsync(_sandbox, MyKaarmaSandboxRequests.Riley, ("PROOF_OF_INCOME", "PENDING_APPROVAL"));

        using var response = await ReviewAsync(request, 0, "APPROVED", key: Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        var exampleItem = DocFixtures.Json("mykaarma", "profile-data-200.json")["customerProfileDataRequestDTO"]?["items"]?[0];
        Assert.Empty(JsonShape.Differences(exampleItem, answer?["item"], Enum));
        Assert.Equal("COMPLETED", answer?["item"]?["status"]?.GetValue<string>());
    }

    [Fact]
    public async Task RecordReview_NoIdempotencyKey_Is400InTheEnvelope()
    {
        var request = await MyKaarmaSandboxRequests.CreateAsync(_sandbox, MyKaarmaSandboxRequests.Riley, ("PROOF_OF_INCOME", "PENDING_APPROVAL"));

        using var response = await ReviewAsync(request, 0, "APPROVED", key: null);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(2006, JsonNode.Parse(await response.Content.ReadAsStringAsync())?["errors"]?[0]?["errorCode"]?.GetValue<int>());
    }

    [Theory]
    [InlineData(true, HttpStatusCode.BadRequest)]
    [InlineData(false, HttpStatusCode.Unauthorized)]
    public async Task RecordReview_NotJson_Is400WithCredentialsAnd401Without(bool withCredentials, HttpStatusCode status)
    {
        var request = await MyKaarmaSandboxRequests.CreateAsync(_sandbox, MyKaarmaSandboxRequests.Riley, ("PROOF_OF_INCOME", "PENDING_APPROVAL"));
        using var message = Message(HttpMethod.Post, $"{Api}vaultDataRequest/{request.RequestUuid}/item/{request.ItemUuids[0]}/review", withCredentials);
        message.Content = new StringContent("{not json", Encoding.UTF8, "application/json");
        message.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());

        using var response = await _sandbox.Raw.SendAsync(message);

        Assert.Equal(status, response.StatusCode);
        Assert.Empty(JsonShape.Differences(DocFixtures.Json("mykaarma", "envelope-error.json"), JsonNode.Parse(await response.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task VaultFile_WithoutCredentials_Is401()
    {
        var request = await MyKaarmaSandboxRequests.CreateAsync(_sandbox, MyKaarmaSandboxRequests.Riley, ("PROOF_OF_RESIDENCE", "PENDING_APPROVAL"));
        var fileUrl = request.Profile["items"]?[0]?["dealerSupportedItemMetaData"]?["fileUrl"]?.GetValue<string>() ?? "";

        using var anonymous = await SendAsync(HttpMethod.Get, fileUrl, false);
        using var signed = await SendAsync(HttpMethod.Get, fileUrl, true);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(("application/pdf", HttpStatusCode.OK), (signed.Content.Headers.ContentType?.MediaType, signed.StatusCode));
    }

    private static IReadOnlyList<string>? Enum(string path, string exampleValue) =>
        path.EndsWith(".status", StringComparison.Ordinal) ? ItemStatuses
        : path.EndsWith(".reviewStatus", StringComparison.Ordinal) ? ReviewStatuses
        : null;

    /// <summary>A request for the person with items in every status and reviews of every kind.</summary>
    private async Task<string> FullRequestTokenAsync(int person)
    {
        var request = await MyKaarmaSandboxRequests.CreateAsync(_sandbox, new
        {
            personIndex = person,
            items = ItemStatuses.Select((s, k) => new { type = k == 0 ? "EMPLOYMENT_DETAILS" : "DRIVERS_LICENSE", status = s })
                .Concat([new { type = "PROOF_OF_INCOME", status = "PENDING_APPROVAL" }, new { type = "PROOF_OF_INSURANCE", status = "PENDING_APPROVAL" }]),
        });
        (await ReviewAsync(request, 2, "APPROVED", Guid.NewGuid().ToString())).EnsureSuccessStatusCode();
        (await ReviewAsync(request, 5, "DECLINED", Guid.NewGuid().ToString())).EnsureSuccessStatusCode();
        (await ReviewAsync(request, 6, "REQUESTED_AGAIN", Guid.NewGuid().ToString())).EnsureSuccessStatusCode();
        return request.Token;
    }

    private async Task<IReadOnlyList<string>> OpenTokensAsync()
    {
        var page = await GetJsonAsync($"{Api}profileViewRequest?status=OPEN&pageSize=500");
        return page["customerProfileViewRequests"]?.AsArray().Select(r => r?["customerProfileViewRequestToken"]?.GetValue<string>() ?? "").ToList() ?? [];
    }

    private async Task<HttpResponseMessage> ReviewAsync(MyKaarmaTestRequest request, int item, string status, string? key)
    {
        using var message = Message(HttpMethod.Post, $"{Api}vaultDataRequest/{request.RequestUuid}/item/{request.ItemUuids[item]}/review", true);
        message.Content = JsonContent.Create(new
        {
            reviewStatus = status, reviewerUserUuid = MyKaarmaSandboxRequests.Casey, reviewerName = "Casey Compliance",
            reason = status == "APPROVED" ? null : "Not legible", reviewedAtDateTime = "2026-11-20T10:00:00Z",
        });
        if (key is not null)
        {
            message.Headers.Add("Idempotency-Key", key);
        }
        return await _sandbox.Raw.SendAsync(message);
    }

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path, true);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException($"{path} answered nothing.");
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, bool withCredentials)
    {
        using var message = Message(method, path, withCredentials);
        return await _sandbox.Raw.SendAsync(message);
    }

    private static HttpRequestMessage Message(HttpMethod method, string path, bool withCredentials)
    {
        var message = new HttpRequestMessage(method, path);
        if (withCredentials)
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes("sandbox-mykaarma:mk-sandbox-pass-41d2")));
        }
        return message;
    }
}
