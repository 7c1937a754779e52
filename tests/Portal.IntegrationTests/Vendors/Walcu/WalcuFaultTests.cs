using Portal.Sandbox;
using Portal.Vendors;
using Portal.Vendors.Walcu;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.IntegrationTests.Vendors.Walcu;

/// <summary>
/// Sandbox faults against the Walcu client: the shared read-fault cases (5xx, hang, drop, malformed, 429, breaker)
/// on the client list, plus Walcu's own: a 429 that never clears, an expired key, and writes whose answer is lost.
/// </summary>
public sealed class WalcuFaultTests(VendorTestPortal portal) : VendorFaultTests<IWalcuClient>(portal), IClassFixture<VendorTestPortal>
{
    protected override VendorKind Kind => VendorKind.Walcu;

    protected override string ReadPath => "/clients";

    protected override Task ReadAsync(IWalcuClient client) => client.ListClientsAsync(new WalcuListQuery(Limit: 1));

    [Fact]
    public async Task Read_AlwaysRateLimited_RateLimitedWithTheVendorsRetryAfter()
    {
        var client = await ReadyAsync(new FaultSettings { RateLimitRate = 1, RetryAfterSeconds = 1, Count = 3 });

        var error = await Assert.ThrowsAsync<VendorApiException>(() => ReadAsync(client));

        Assert.Equal((VendorFailureKind.RateLimited, TimeSpan.FromSeconds(1)), (error.Kind, error.RetryAfter));
        Assert.Equal(3, await Portal.AttemptsAsync("walcu", ReadPath));
    }

    [Fact]
    public async Task TestConnection_ExpiredKey_UnauthorizedInOneAttempt()
    {
        var client = await ReadyAsync(new FaultSettings { ExpireCredentials = true, Count = 1 });

        var result = await client.TestConnectionAsync();

        Assert.Equal((false, VendorFailureKind.Unauthorized), (result.Succeeded, result.Failure));
        Assert.Contains("expired", result.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await Portal.AttemptsAsync("walcu", ReadPath));
    }

    [Fact]
    public async Task Patch_ServerErrorBeforeWriting_FailsOnceAndChangesNothing()
    {
        var (client, before) = await ReadClientAsync(10, new FaultSettings { ErrorRate = 1, Method = "PATCH", Count = 1 });

        var error = await Assert.ThrowsAsync<VendorApiException>(() => client.PatchClientAsync(before, before with { PinnedNoteId = "never" }));

        Assert.Equal(VendorFailureKind.ServerError, error.Kind);
        Assert.Equal(1, await PatchesAsync());
        Assert.Equal(before.Version, (await client.GetClientAsync(before.Id ?? ""))?.Version);
    }

    [Theory]
    [InlineData("hang")]
    [InlineData("drop")]
    public async Task Patch_AnswerLostAfterWriting_OutcomeUnknownButApplied(string fault)
    {
        var lost = new FaultSettings { HangRate = fault == "hang" ? 1 : 0, DropRate = fault == "drop" ? 1 : 0, AfterHandler = true, Method = "PATCH", Count = 1 };
        var (client, before) = await ReadClientAsync(fault == "hang" ? 20 : 30, lost);

        var error = await Assert.ThrowsAsync<VendorApiException>(() => client.PatchClientAsync(before, before with { PinnedNoteId = "lost-answer" }));

        Assert.Equal(VendorFailureKind.OutcomeUnknown, error.Kind);
        Assert.Equal(1, await PatchesAsync()); // a write is never retried blindly
        Assert.Equal("lost-answer", (await client.GetClientAsync(before.Id ?? ""))?.PinnedNoteId);
    }

    private async Task<(IWalcuClient Client, WalcuClientDto Before)> ReadClientAsync(int skip, FaultSettings faults)
    {
        await Portal.ResetAsync("walcu");
        var client = await Portal.ClientAsync<IWalcuClient>(VendorKind.Walcu);
        var before = (await client.ListClientsAsync(new WalcuListQuery(Skip: skip, Limit: 1))).Items.Single();
        await Portal.Sandbox.SetFaultsAsync("walcu", faults);
        return (client, before);
    }

    private async Task<int> PatchesAsync() => (await Portal.Sandbox.RequestsAsync("walcu")).Count(r => r.Method == "PATCH");
}
