using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Features.DataRequests;
using Portal.IntegrationTests.Vendors.MyKaarma;
using Portal.Security;
using static Portal.IntegrationTests.DataRequests.DataRequestHarness;

namespace Portal.IntegrationTests.DataRequests;

/// <summary>Who may decide, checked by the server at the moment of the decision; each refusal and decision audited.</summary>
public sealed class DecisionAuthorityTests(DataRequestHarness harness) : IClassFixture<DataRequestHarness>
{
    [Fact]
    public async Task Approver_ComplianceUserAmongApprovers_DecisionCommittedAndSubmittedOnce()
    {
        var (request, ids) = await harness.CreateAsync(MyKaarmaSandboxRequests.Riley, PendingIncome);

        var outcome = Assert.Single(await harness.DecideAsync(Compliance, DecisionKind.Approve, null, null, ids[0]));

        Assert.True(outcome.Accepted, outcome.Message);
        var decision = await harness.SettledAsync(outcome.DecisionId ?? 0);
        Assert.Equal((DecisionState.Submitted, "COMPLETED", false), (decision.State, decision.Item?.Status, decision.IsOverride));
        Assert.Equal([(true, false)], await MyKaarmaSandboxRequests.ReviewCallsAsync(harness.Sandbox, request.ItemUuids[0]));
    }

    [Fact]
    public async Task SelfApproval_RequesterApproves_RefusedAndNothingSent()
    {
        var (request, ids) = await harness.CreateAsync(MyKaarmaSandboxRequests.Casey, PendingIncome);

        var outcome = Assert.Single(await harness.DecideAsync(Compliance, DecisionKind.Approve, null, null, ids[0]));

        Assert.False(outcome.Accepted);
        Assert.Contains("requested this item yourself", outcome.Message);
        Assert.Empty(await MyKaarmaSandboxRequests.ReviewCallsAsync(harness.Sandbox, request.ItemUuids[0]));
        Assert.Equal(0, await DecisionCountAsync(ids[0]));
        Assert.Contains(await AuditAsync(ids[0]), e => e.Action == AuditActions.AccessDenied && e.Outcome == AuditOutcome.Denied);
    }

    [Fact]
    public async Task AdminOverride_WithoutReasonRefused_WithReasonAcceptedAndAuditedWithReason()
    {
        var (_, ids) = await harness.CreateAsync(MyKaarmaSandboxRequests.Riley, PendingIncome);

        var refused = Assert.Single(await harness.DecideAsync(AdminUser, DecisionKind.Approve, null, null, ids[0]));
        var accepted = Assert.Single(await harness.DecideAsync(AdminUser, DecisionKind.Approve, null, "Casey is on leave", ids[0]));

        Assert.False(refused.Accepted);
        Assert.Contains("override needs a stated reason", refused.Message);
        Assert.True(accepted.Accepted, accepted.Message);
        var decision = await harness.SettledAsync(accepted.DecisionId ?? 0);
        Assert.Equal((DecisionState.Submitted, true, MyKaarmaSandboxRequests.Casey), (decision.State, decision.IsOverride, decision.ReviewerUserUuid));
        var audit = await AuditAsync(ids[0]);
        Assert.Contains(audit, e => e.Action == AuditActions.DataRequestOverridden && e.Reason == "Casey is on leave");
        Assert.Contains(audit, e => e.Action == AuditActions.DataRequestApproved);
    }

    [Fact]
    public async Task DeclineAndRequestAgain_WithoutReason_RefusedOnTheServer()
    {
        var (_, ids) = await harness.CreateAsync(MyKaarmaSandboxRequests.Riley, PendingIncome);

        var decline = Assert.Single(await harness.DecideAsync(Compliance, DecisionKind.Decline, "  ", null, ids[0]));
        var again = Assert.Single(await harness.DecideAsync(Compliance, DecisionKind.RequestAgain, null, null, ids[0]));

        Assert.Equal((false, false), (decline.Accepted, again.Accepted));
        Assert.Contains("reason is required", decline.Message);
        Assert.Equal(0, await DecisionCountAsync(ids[0]));
    }

    [Fact]
    public async Task OtherDealership_ItemOfAnotherDealership_ReportedAsNoSuchItem()
    {
        var (_, ids) = await harness.CreateAsync(MyKaarmaSandboxRequests.Riley, PendingIncome);
        var other = await Customers.PortalData.DealershipAsync(harness.Factory, $"Other Motors {Guid.NewGuid():N}");
        await using (var db = await harness.DbAsync())
        {
            await db.Set<DataRequestRow>().Where(r => r.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(r => r.DealershipId, other));
        }

        var outcome = Assert.Single(await harness.DecideAsync(Compliance, DecisionKind.Approve, null, null, ids[0]));
        var detail = await harness.Factory.AsAsync<DataRequestItemService, ItemDetail?>(Compliance, s => s.DetailAsync(ids[0]));

        Assert.Equal((false, "No such item."), (outcome.Accepted, outcome.Message));
        Assert.Null(detail);
    }

    [Fact]
    public async Task Manager_NotComplianceNorAdmin_Refused()
    {
        var (_, ids) = await harness.CreateAsync(MyKaarmaSandboxRequests.Riley, PendingIncome);

        await Assert.ThrowsAsync<AccessDeniedException>(() => harness.DecideAsync(Manager, DecisionKind.Approve, null, null, ids[0]));
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            harness.Factory.AsAsync<DataRequestQueueService, QueueView>(Manager, s => s.QueueAsync(new QueueFilter())));
    }

    [Fact]
    public async Task Bulk_OneReasonForSeveralItems_EachReportedSeparately()
    {
        var (_, riley) = await harness.CreateAsync(MyKaarmaSandboxRequests.Riley, PendingIncome, "DRIVERS_LICENSE");
        var (_, casey) = await harness.CreateAsync(MyKaarmaSandboxRequests.Casey, PendingIncome);

        var outcomes = await harness.DecideAsync(Compliance, DecisionKind.Approve, "Checked against the deal jacket", null, riley[0], riley[1], casey[0]);

        Assert.Equal([true, true, false], outcomes.Select(o => o.Accepted));
        Assert.Equal([riley[0], riley[1], casey[0]], outcomes.Select(o => o.ItemId));
        foreach (var outcome in outcomes.Where(o => o.Accepted))
        {
            Assert.Equal(DecisionState.Submitted, (await harness.SettledAsync(outcome.DecisionId ?? 0)).State);
        }
    }

    [Fact]
    public async Task TwoDecidersAtOnce_OneWinsTheOtherIsTold()
    {
        var (request, ids) = await harness.CreateAsync(MyKaarmaSandboxRequests.Riley, PendingIncome);

        var both = await Task.WhenAll(
            harness.DecideAsync(Compliance, DecisionKind.Approve, null, null, ids[0]),
            harness.DecideAsync(AdminUser, DecisionKind.Decline, "Blurred scan", "Second look", ids[0]));

        var outcomes = both.Select(Assert.Single).ToList();
        Assert.Single(outcomes, o => o.Accepted);
        // The loser is told either way: by the winner's decision row, or (when the sender already completed it in
        // myKaarma before the loser read the item) by the item's new status.
        Assert.Matches("Already decided|not waiting for approval", Assert.Single(outcomes, o => !o.Accepted).Message);
        await harness.SettledAsync(Assert.Single(outcomes, o => o.Accepted).DecisionId ?? 0);
        Assert.Single(await MyKaarmaSandboxRequests.ReviewCallsAsync(harness.Sandbox, request.ItemUuids[0]), c => c.Recorded);
    }

    private async Task<int> DecisionCountAsync(long itemId)
    {
        await using var db = await harness.DbAsync();
        return await db.Set<DataRequestDecision>().CountAsync(d => d.ItemId == itemId);
    }

    private async Task<List<AuditEntry>> AuditAsync(long itemId)
    {
        await using var db = await harness.DbAsync();
        var id = itemId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await AuditDbContextExtensions.AuditEntries(db).Where(e => e.TargetType == AuditTargetTypes.DataRequest && e.TargetId == id).ToListAsync();
    }
}
