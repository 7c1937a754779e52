using System.Net.Http.Json;
using Portal.Features.DataRequests;
using Portal.IntegrationTests.Vendors.MyKaarma;
using Portal.Sandbox;
using static Portal.IntegrationTests.DataRequests.DataRequestHarness;

namespace Portal.IntegrationTests.DataRequests;

/// <summary>The durable sender: retries through faults until acknowledged, fails only on a refusal, retries on demand.</summary>
public sealed class DecisionSenderTests(DataRequestHarness harness) : IClassFixture<DataRequestHarness>
{
    private const string Vendor = "mykaarma";

    [Fact]
    public async Task Faults_ServerErrorsAndRateLimits_RetriedWithBackoffUntilAcknowledged()
    {
        var (request, ids) = await harness.CreateAsync(MyKaarmaSandboxRequests.Riley, PendingIncome);
        await harness.Sandbox.SetFaultsAsync(Vendor, new FaultSettings { ErrorRate = 1, ErrorStatus = 503, Count = 3, PathContains = request.ItemUuids[0] });
        try
        {
            var outcome = Assert.Single(await harness.DecideAsync(Compliance, DecisionKind.Decline, "Document expired", null, ids[0]));

            var decision = await harness.SettledAsync(outcome.DecisionId ?? 0);

            Assert.Equal((DecisionState.Submitted, "DECLINED"), (decision.State, decision.Item?.Status));
            Assert.True(decision.Attempts >= 2, $"attempts {decision.Attempts}");
            Assert.Equal([(true, false)], await MyKaarmaSandboxRequests.ReviewCallsAsync(harness.Sandbox, request.ItemUuids[0]));
        }
        finally
        {
            await harness.Sandbox.ClearFaultsAsync(Vendor);
        }
    }

    [Fact]
    public async Task LostAnswer_RecordedButAnswerFailed_ResubmittedWithSameKeyAndRecordedOnce()
    {
        var (request, ids) = await harness.CreateAsync(MyKaarmaSandboxRequests.Riley, PendingIncome);
        await harness.Sandbox.SetFaultsAsync(Vendor, new FaultSettings { ErrorRate = 1, Count = 1, AfterHandler = true, PathContains = request.ItemUuids[0] });
        try
        {
            var outcome = Assert.Single(await harness.DecideAsync(Compliance, DecisionKind.Approve, null, null, ids[0]));

            var decision = await harness.SettledAsync(outcome.DecisionId ?? 0);

            Assert.Equal((DecisionState.Submitted, 2), (decision.State, decision.Attempts));
            Assert.Equal([(true, false), (false, true)], await MyKaarmaSandboxRequests.ReviewCallsAsync(harness.Sandbox, request.ItemUuids[0]));
        }
        finally
        {
            await harness.Sandbox.ClearFaultsAsync(Vendor);
        }
    }

    [Fact]
    public async Task Refusal_ItemNoLongerPending_FailedWithVendorMessage_RetrySubmitsOnceItIsPendingAgain()
    {
        var (request, ids) = await harness.CreateAsync(MyKaarmaSandboxRequests.Riley, PendingIncome);
        await SetVendorStatusAsync(request, "REQUESTED");

        var outcome = Assert.Single(await harness.DecideAsync(Compliance, DecisionKind.Approve, null, null, ids[0]));
        var failed = await harness.SettledAsync(outcome.DecisionId ?? 0);

        Assert.Equal(DecisionState.Failed, failed.State);
        Assert.Contains("PENDING_APPROVAL", failed.LastError);
        await SetVendorStatusAsync(request, Pending);
        var retry = await harness.Factory.AsAsync<DecisionService, DecisionOutcome>(Compliance, s => s.RetryAsync(failed.Id));
        Assert.True(retry.Accepted, retry.Message);
        Assert.Equal(DecisionState.Submitted, (await harness.SettledAsync(failed.Id)).State);
        Assert.Equal([false, true], (await MyKaarmaSandboxRequests.ReviewCallsAsync(harness.Sandbox, request.ItemUuids[0])).Select(c => c.Recorded));
    }

    private async Task SetVendorStatusAsync(MyKaarmaTestRequest request, string status) =>
        (await harness.Sandbox.Raw.PutAsJsonAsync($"sandbox/mykaarma/_sandbox/vaultDataRequest/{request.RequestUuid}/item/{request.ItemUuids[0]}",
            new { status })).EnsureSuccessStatusCode();
}
