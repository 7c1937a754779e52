using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Portal.Vendors;
using Portal.Vendors.Cova;

namespace Portal.IntegrationTests.Vendors.Cova;

public sealed class CovaClientTests(VendorTestPortal portal) : IClassFixture<VendorTestPortal>
{
    private const string Vendor = "cova";
    private const string TokenPath = "oauth2/token";
    private const string FeedPath = "CustomerFull";

    private async Task<ICovaClient> ClientAsync(Func<VendorConnection, VendorConnection>? change = null)
    {
        await portal.ResetAsync(Vendor);
        return await portal.ClientAsync<ICovaClient>(VendorKind.Cova, change);
    }

    [Fact]
    public async Task TestConnectionAsync_SandboxConnection_Succeeds()
    {
        var result = await (await ClientAsync()).TestConnectionAsync();

        Assert.True(result.Succeeded, result.Message);
    }

    [Fact]
    public async Task ListModifiedSinceAsync_SmallPages_SameAsTheWholeDeltaInOneAnswer()
    {
        var client = await ClientAsync(c => c with { Settings = new Dictionary<string, string>(c.Settings) { [CovaClient.PageSizeSetting] = "7" } });
        var since = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);

        var paged = await client.ListModifiedSinceAsync(since).Select(c => c.Id).ToListAsync();
        var whole = await UnpagedIdsAsync(since);

        Assert.True(whole.Count > 14, $"only {whole.Count} customers");
        Assert.Equal(whole, paged);
        // Full pages of seven, then a short (possibly empty) last page; plus our one unpaged call.
        Assert.Equal(whole.Count / 7 + 1 + 1, await portal.AttemptsAsync(Vendor, FeedPath));
    }

    [Fact]
    public async Task ListModifiedSinceAsync_AfterASandboxChange_ShowsItWithTheNextVersion()
    {
        var client = await ClientAsync();
        var before = await client.ListModifiedSinceAsync(DateTimeOffset.MinValue).FirstAsync(c => c.MergedIntoCustomerId is null);
        var changedAt = DateTimeOffset.UtcNow.AddSeconds(-1);

        var patch = await portal.Sandbox.Raw.PatchAsJsonAsync($"sandbox/cova/_sandbox/customers/{before.Id}",
            new { FamilyName = "Okafor-Lindqvist", Email = "New.Address@Example.org" });
        var delta = await client.ListModifiedSinceAsync(changedAt).ToListAsync();

        patch.EnsureSuccessStatusCode();
        var after = Assert.Single(delta, c => c.Id == before.Id);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.True(after.LastModifiedDateUtc > before.LastModifiedDateUtc);
        var record = CovaMapper.ToCustomer(client.Connection.Id, after);
        Assert.Equal("Okafor-Lindqvist", record?.LastName);
        Assert.Contains("new.address@example.org", record?.Emails ?? []);
        Assert.Equal(before.PrimaryName, after.PrimaryName);
    }

    [Fact]
    public async Task ListModifiedSinceAsync_TwoCalls_ReuseOneToken()
    {
        var client = await ClientAsync();

        await client.ListModifiedSincePageAsync(DateTimeOffset.UtcNow);
        await client.ListModifiedSincePageAsync(DateTimeOffset.UtcNow);

        Assert.Equal(1, await portal.AttemptsAsync(Vendor, TokenPath));
    }

    [Fact]
    public async Task ListModifiedSinceAsync_TokenRevoked_FetchesANewOneAndRetriesOnce()
    {
        var client = await ClientAsync();
        await client.ListModifiedSincePageAsync(DateTimeOffset.UtcNow);
        (await portal.Sandbox.Raw.PostAsync("sandbox/cova/_sandbox/tokens/revoke", null)).EnsureSuccessStatusCode();

        await client.ListModifiedSincePageAsync(DateTimeOffset.UtcNow);

        Assert.Equal(2, await portal.AttemptsAsync(Vendor, TokenPath));
        Assert.Equal(3, await portal.AttemptsAsync(Vendor, FeedPath)); // first call, the 401, the retry
    }

    [Fact]
    public async Task ListModifiedSinceAsync_TokenRefusedTwice_UnauthorizedAfterOneRefresh()
    {
        var client = await ClientAsync();
        await client.ListModifiedSincePageAsync(DateTimeOffset.UtcNow);
        await portal.Sandbox.SetFaultsAsync(Vendor, new() { ExpireCredentials = true, Count = 2, PathContains = FeedPath });

        var failure = await Assert.ThrowsAsync<VendorApiException>(() => client.ListModifiedSincePageAsync(DateTimeOffset.UtcNow));

        Assert.Equal(VendorFailureKind.Unauthorized, failure.Kind);
        Assert.Contains("Authorization has been denied", failure.VendorMessage);
        Assert.Equal(2, await portal.AttemptsAsync(Vendor, TokenPath));
        Assert.Equal(3, await portal.AttemptsAsync(Vendor, FeedPath));
    }

    [Fact]
    public async Task ListModifiedSinceAsync_OtherCompany_Forbidden()
    {
        var client = await ClientAsync(c => c with { Settings = new Dictionary<string, string>(c.Settings) { [CovaClient.CompanyIdSetting] = "1" } });

        var failure = await Assert.ThrowsAsync<VendorApiException>(() => client.ListModifiedSincePageAsync(DateTimeOffset.UtcNow));

        Assert.Equal(VendorFailureKind.Forbidden, failure.Kind);
    }

    [Fact]
    public async Task TestConnectionAsync_WrongClientSecret_FailsWithTheOAuthErrorAndNoSecret()
    {
        var client = await ClientAsync(c => c with
        {
            Secrets = new VendorSecrets(c.Secrets.Names.ToDictionary(n => n, n => n == "clientSecret" ? "wrong-secret-77" : c.Secrets.Get(n) ?? "")),
        });

        var result = await client.TestConnectionAsync();

        Assert.False(result.Succeeded);
        Assert.Equal(VendorFailureKind.Unauthorized, result.Failure);
        Assert.Contains("Unknown client", result.Message);
        Assert.DoesNotContain("wrong-secret-77", result.Message);
    }

    /// <summary>The whole delta in one raw answer (no $top), read with a token of our own.</summary>
    private async Task<List<string?>> UnpagedIdsAsync(DateTimeOffset since)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password", ["client_id"] = "cova-sandbox-client", ["client_secret"] = "cova-sandbox-secret-9b1e",
            ["username"] = "sandbox@cova.example", ["password"] = "cova-sandbox-pass-2c8d",
        });
        var token = (await (await portal.Sandbox.Raw.PostAsync("sandbox/cova/oauth2/token", form)).Content.ReadFromJsonAsync<JsonObject>())?["access_token"];
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"sandbox/cova/crm/v1/Companies(240811)/CustomerFull?$filter={Uri.EscapeDataString(CovaQuery.Filter(since))}");
        request.Headers.Authorization = new("Bearer", token?.GetValue<string>());
        var answer = await (await portal.Sandbox.Raw.SendAsync(request)).Content.ReadFromJsonAsync<JsonArray>() ?? [];
        return answer.Select(c => c?["Id"]?.GetValue<string>()).ToList();
    }
}
