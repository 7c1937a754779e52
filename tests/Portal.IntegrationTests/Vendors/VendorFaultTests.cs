using Portal.Sandbox;
using Portal.Vendors;

namespace Portal.IntegrationTests.Vendors;

/// <summary>
/// What each injected fault does to one vendor's read call, and how many attempts it costs: safe calls are tried
/// three times (one try and two retries) on 5xx, hangs and dropped connections; a 429 waits for its Retry-After;
/// malformed JSON is not retried; repeated failures open the breaker, which lets a probe through later.
/// </summary>
public abstract class VendorFaultTests<TClient>(VendorTestPortal portal) where TClient : class, IVendorClient
{
    protected VendorTestPortal Portal => portal;

    protected abstract VendorKind Kind { get; }

    /// <summary>A part of the read call's path: faults apply to it alone (not to a token call).</summary>
    protected abstract string ReadPath { get; }

    /// <summary>The read call under test.</summary>
    protected abstract Task ReadAsync(TClient client);

    private string Vendor => Kind.Slug();

    [Theory]
    [InlineData("503", VendorFailureKind.ServerError, 3)]
    [InlineData("hang", VendorFailureKind.Timeout, 3)]
    [InlineData("drop", VendorFailureKind.Network, 3)]
    [InlineData("drop-mid", VendorFailureKind.Network, 3)]
    [InlineData("malformed", VendorFailureKind.Malformed, 1)]
    public async Task Read_Fault_FailsWithItsKindAfterTheExpectedAttempts(string fault, VendorFailureKind kind, int attempts)
    {
        var client = await ReadyAsync(fault switch
        {
            "503" => new FaultSettings { ErrorRate = 1, ErrorStatus = 503 },
            "hang" => new FaultSettings { HangRate = 1 },
            "drop" => new FaultSettings { DropRate = 1 },
            "drop-mid" => new FaultSettings { DropRate = 1, DropMidResponse = true },
            _ => new FaultSettings { MalformedRate = 1 },
        });

        var failure = await Assert.ThrowsAsync<VendorApiException>(() => ReadAsync(client));
        await portal.Sandbox.ClearFaultsAsync(Vendor);

        Assert.Equal(kind, failure.Kind);
        Assert.Equal(attempts, await portal.AttemptsAsync(Vendor, ReadPath));
    }

    [Fact]
    public async Task Read_RateLimitedOnce_WaitsForRetryAfterAndSucceeds()
    {
        var client = await ReadyAsync(new FaultSettings { RateLimitRate = 1, RetryAfterSeconds = 1, Count = 1 });
        var started = TimeProvider.System.GetTimestamp();

        await ReadAsync(client);

        Assert.True(TimeProvider.System.GetElapsedTime(started) >= TimeSpan.FromSeconds(0.9), "the Retry-After of one second was not honoured");
        Assert.Equal(2, await portal.AttemptsAsync(Vendor, ReadPath));
    }

    [Fact]
    public async Task Read_RepeatedFailures_OpenTheBreakerWhichRecoversAfterwards()
    {
        var client = await ReadyAsync(new FaultSettings { ErrorRate = 1 });
        var kinds = new List<VendorFailureKind>();
        for (var call = 0; call < 6 && !kinds.Contains(VendorFailureKind.CircuitOpen); call++)
        {
            kinds.Add((await Assert.ThrowsAsync<VendorApiException>(() => ReadAsync(client))).Kind);
        }
        var attemptsWhileOpen = await portal.AttemptsAsync(Vendor, ReadPath);
        await portal.Sandbox.ClearFaultsAsync(Vendor);

        Assert.Equal(VendorFailureKind.CircuitOpen, kinds[^1]);
        Assert.Equal(attemptsWhileOpen, await portal.AttemptsAsync(Vendor, ReadPath)); // the open breaker sent nothing
        await RecoveredAsync(client);
    }

    /// <summary>A client whose token (if any) is already fetched, with the faults then set on the read path.</summary>
    protected async Task<TClient> ReadyAsync(FaultSettings faults)
    {
        await portal.ResetAsync(Vendor);
        var client = await portal.ClientAsync<TClient>(Kind);
        await ReadAsync(client);
        await portal.Sandbox.ClearRequestsAsync(Vendor);
        await portal.Sandbox.SetFaultsAsync(Vendor, faults with { PathContains = ReadPath });
        return client;
    }

    /// <summary>The breaker lets a probe through once its break (half a second here) is over.</summary>
    private async Task RecoveredAsync(TClient client)
    {
        for (var wait = 0; wait < 40; wait++)
        {
            try
            {
                await ReadAsync(client);
                return;
            }
            catch (VendorApiException ex) when (ex.Kind == VendorFailureKind.CircuitOpen)
            {
                await Task.Delay(100);
            }
        }
        Assert.Fail("The breaker did not let calls through again.");
    }
}
