using Portal.Features.DataRequests;
using Portal.IntegrationTests.Vendors.MyKaarma;
using Portal.Sandbox;
using static Portal.IntegrationTests.DataRequests.DataRequestHarness;

namespace Portal.IntegrationTests.DataRequests;

/// <summary>
/// Exactly once across a restart. The vendor runs in its own long-lived host (A); the portal runs twice (B1, then
/// B2) on the same database file, its myKaarma connection pointed at A. What A's emulator received is the proof.
/// </summary>
public sealed class DecisionRestartTests : IDisposable
{
    private readonly PortalAppFactory _vendor = new();
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "portal-tests", "restart-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Restart_StoppedBetweenCommitAndSend_NewHostSubmitsOnce()
    {
        var vendor = new SandboxControl(_vendor);
        var request = await MyKaarmaSandboxRequests.CreateAsync(vendor, MyKaarmaSandboxRequests.Riley, (PendingIncome, Pending));
        long decisionId;
        // B1 never sends: its sender is off, as if the process died right after the commit.
        using (var first = Portal(senderEnabled: false, retryDelay: "01:00:00"))
        {
            decisionId = await DecideAsync(first, request);
            Assert.Equal(DecisionState.Submitting, (await first.DecisionAsync(decisionId)).State);
        }
        Assert.Empty(await MyKaarmaSandboxRequests.ReviewCallsAsync(vendor, request.ItemUuids[0]));

        using var second = Portal(senderEnabled: true, retryDelay: "00:00:00.100");
        _ = second.Factory.RootUri;

        Assert.Equal(DecisionState.Submitted, (await second.SettledAsync(decisionId)).State);
        Assert.Equal([(true, false)], await MyKaarmaSandboxRequests.ReviewCallsAsync(vendor, request.ItemUuids[0]));
    }

    [Fact]
    public async Task Restart_AnswerLostThenHostStopped_NewHostResubmitsSameKey_RecordedOnce()
    {
        var vendor = new SandboxControl(_vendor);
        var request = await MyKaarmaSandboxRequests.CreateAsync(vendor, MyKaarmaSandboxRequests.Riley, (PendingIncome, Pending));
        await vendor.SetFaultsAsync("mykaarma", new FaultSettings { ErrorRate = 1, Count = 1, AfterHandler = true, PathContains = request.ItemUuids[0] });
        long decisionId;
        using (var first = Portal(senderEnabled: true, retryDelay: "01:00:00"))
        {
            decisionId = await DecideAsync(first, request);
            // Recorded by myKaarma, answer lost; the next attempt is an hour away when B1 stops.
            while ((await first.DecisionAsync(decisionId)).Attempts == 0)
            {
                await Task.Delay(50);
            }
        }
        using var second = Portal(senderEnabled: true, retryDelay: "00:00:00.100");
        _ = second.Factory.RootUri;

        Assert.Equal(DecisionState.Submitted, (await second.SettledAsync(decisionId)).State);
        var calls = await MyKaarmaSandboxRequests.ReviewCallsAsync(vendor, request.ItemUuids[0]);
        Assert.Equal([(true, false), (false, true)], calls);
    }

    private DataRequestHarness Portal(bool senderEnabled, string retryDelay)
    {
        var vendorBase = new Uri(_vendor.RootUri, "sandbox/mykaarma/").ToString();
        var harness = new DataRequestHarness(new PortalAppFactory()
            .With("ConnectionStrings:Portal", $"Data Source={Path.Combine(_folder, "portal.db")}")
            .With("Connections:SandboxMyKaarma:BaseUrl", vendorBase)
            .With("DataRequests:SenderEnabled", senderEnabled ? "true" : "false"));
        harness.Factory.With("DataRequests:RetryBaseDelay", retryDelay).With("DataRequests:RetryMaxDelay", retryDelay);
        return harness;
    }

    private static async Task<long> DecideAsync(DataRequestHarness portal, MyKaarmaTestRequest request)
    {
        await portal.ReadAsync(request.Token);
        var itemId = (await portal.CreateIdsAsync(request))[0];
        var outcome = Assert.Single(await portal.DecideAsync(Compliance, DecisionKind.Approve, null, null, itemId));
        Assert.True(outcome.Accepted, outcome.Message);
        return outcome.DecisionId ?? 0;
    }

    public void Dispose()
    {
        _vendor.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // still held by a closing host; the OS cleans temp
        }
    }
}
