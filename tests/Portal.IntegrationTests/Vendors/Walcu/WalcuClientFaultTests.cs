using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Sandbox;
using Portal.Vendors;
using Portal.Vendors.Walcu;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.IntegrationTests.Vendors.Walcu;

/// <summary>Each sandbox fault gives the documented failure kind after the right number of attempts (GETs retry twice, writes never).</summary>
public sealed class WalcuClientFaultTests(WalcuFaultPortal portal) : IClassFixture<WalcuFaultPortal>
{
    private readonly SandboxControl _sandbox = new(portal.Factory);

    [Theory]
    [InlineData("500", VendorFailureKind.ServerError, 3)]
    [InlineData("502", VendorFailureKind.ServerError, 3)]
    [InlineData("503", VendorFailureKind.ServerError, 3)]
    [InlineData("429", VendorFailureKind.RateLimited, 3)]
    [InlineData("hang", VendorFailureKind.Timeout, 3)]
    [InlineData("drop", VendorFailureKind.Network, 3)]
    [InlineData("malformed", VendorFailureKind.Malformed, 1)]
    public async Task List_FaultEveryTime_FailsWithItsKindAfterTheRightAttempts(string fault, VendorFailureKind kind, int attempts)
    {
        var client = await ArrangeAsync(Fault(fault) with { Count = attempts });

        var error = await Assert.ThrowsAsync<VendorApiException>(() => client.ListClientsAsync(new WalcuListQuery(Limit: 1)));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(attempts, await AttemptsAsync());
        if (kind == VendorFailureKind.RateLimited)
        {
            Assert.Equal(TimeSpan.FromSeconds(1), error.RetryAfter);
        }
        else if (int.TryParse(fault, out var status))
        {
            Assert.Equal(status, (int?)error.StatusCode);
        }
    }

    [Theory]
    [InlineData("503")]
    [InlineData("429")]
    [InlineData("hang")]
    [InlineData("drop")]
    public async Task List_FaultOnce_RetriedAndSucceeds(string fault)
    {
        var client = await ArrangeAsync(Fault(fault) with { Count = 1 });

        var page = await client.ListClientsAsync(new WalcuListQuery(Limit: 1));

        Assert.Single(page.Items);
        var requests = await _sandbox.RequestsAsync("walcu");
        Assert.Equal(2, requests.Count);
        Assert.True(fault != "429" || requests[1].At - requests[0].At >= TimeSpan.FromMilliseconds(900), "Retry-After was not honoured");
    }

    [Fact]
    public async Task TestConnection_ExpiredCredentials_UnauthorizedInOneAttempt()
    {
        var client = await ArrangeAsync(new FaultSettings { ExpireCredentials = true, Count = 1 });

        var result = await client.TestConnectionAsync();

        Assert.Equal((false, VendorFailureKind.Unauthorized), (result.Succeeded, result.Failure));
        Assert.Contains("expired", result.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await AttemptsAsync());
    }

    [Fact]
    public async Task Patch_ServerErrorBeforeWriting_ServerErrorOnceAndNotApplied()
    {
        var client = await ArrangeAsync(FaultSettings.None);
        var before = await ReadAsync(client, 10);
        await _sandbox.SetFaultsAsync("walcu", new FaultSettings { ErrorRate = 1, Method = "PATCH", Count = 1 });

        var error = await Assert.ThrowsAsync<VendorApiException>(() => client.PatchClientAsync(before, before with { PinnedNoteId = "never" }));

        Assert.Equal(VendorFailureKind.ServerError, error.Kind);
        Assert.Equal(1, (await _sandbox.RequestsAsync("walcu")).Count(r => r.Method == "PATCH"));
        Assert.Equal(before.Version, (await client.GetClientAsync(before.Id ?? ""))?.Version);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task Patch_AnswerLostAfterWriting_OutcomeUnknownButApplied(bool hang, bool drop)
    {
        var client = await ArrangeAsync(FaultSettings.None);
        var before = await ReadAsync(client, hang ? 20 : 30);
        await _sandbox.SetFaultsAsync("walcu", new FaultSettings { HangRate = hang ? 1 : 0, DropRate = drop ? 1 : 0, AfterHandler = true, Method = "PATCH", Count = 1 });

        var error = await Assert.ThrowsAsync<VendorApiException>(() => client.PatchClientAsync(before, before with { PinnedNoteId = "lost-answer" }));

        Assert.Equal(VendorFailureKind.OutcomeUnknown, error.Kind);
        Assert.Equal(1, (await _sandbox.RequestsAsync("walcu")).Count(r => r.Method == "PATCH"));
        Assert.Equal("lost-answer", (await client.GetClientAsync(before.Id ?? ""))?.PinnedNoteId);
    }

    [Fact]
    public async Task Calls_SuccessesAndFailures_NoSecretInAnyLogLine()
    {
        var client = await ArrangeAsync(new FaultSettings { ExpireCredentials = true, Count = 1 });
        await client.TestConnectionAsync();
        var before = await ReadAsync(client, 5);
        await client.PatchClientAsync(before, before with { PinnedNoteId = "logged?" });
        await _sandbox.SetFaultsAsync("walcu", new FaultSettings { ErrorRate = 1, Count = 3 });
        await Assert.ThrowsAsync<VendorApiException>(() => client.ListClientsAsync(new WalcuListQuery(Limit: 1)));

        var secrets = portal.Factory.Services.GetRequiredService<IConfiguration>().GetSection("Connections").GetChildren()
            .SelectMany(c => c.GetSection("Secrets").GetChildren()).Select(s => s.Value).OfType<string>().ToList();
        var lines = portal.Factory.Logs.Lines;

        Assert.Contains(Portal.Sandbox.Walcu.WalcuSandbox.ApiKey, secrets);
        Assert.NotEmpty(lines);
        Assert.All(secrets, secret => Assert.DoesNotContain(lines, line => line.Contains(secret, StringComparison.Ordinal)));
    }

    private async Task<IWalcuClient> ArrangeAsync(FaultSettings faults)
    {
        var client = await _sandbox.ClientAsync<IWalcuClient>(VendorKind.Walcu);
        await _sandbox.ClearFaultsAsync("walcu");
        await _sandbox.ClearRequestsAsync("walcu");
        if (!faults.IsNone)
        {
            await _sandbox.SetFaultsAsync("walcu", faults);
        }
        return client;
    }

    private static FaultSettings Fault(string name) => name switch
    {
        "429" => new FaultSettings { RateLimitRate = 1, RetryAfterSeconds = 1 },
        "hang" => new FaultSettings { HangRate = 1 },
        "drop" => new FaultSettings { DropRate = 1 },
        "malformed" => new FaultSettings { MalformedRate = 1 },
        _ => new FaultSettings { ErrorRate = 1, ErrorStatus = int.Parse(name, System.Globalization.CultureInfo.InvariantCulture) },
    };

    private async Task<int> AttemptsAsync() => (await _sandbox.RequestsAsync("walcu")).Count;

    private static async Task<WalcuClientDto> ReadAsync(IWalcuClient client, int skip) =>
        (await client.ListClientsAsync(new WalcuListQuery(Skip: skip, Limit: 1))).Items.Single();
}
