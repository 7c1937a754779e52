using Portal.Features.DataRequests;
using Portal.Security;

namespace Portal.Tests.Features.DataRequests;

public sealed class DecisionRulesTests
{
    private const string Casey = "a5500000-0000-4000-8000-000000000001";
    private const string Jordan = "a5500000-0000-4000-8000-000000000002";
    private const string Morgan = "a5500000-0000-4000-8000-000000000003";
    private const string Riley = "a5500000-0000-4000-8000-000000000004";

    private static readonly UserContext Compliance = User(PortalRoles.Compliance);
    private static readonly UserContext Admin = User(PortalRoles.Admin);

    [Fact]
    public void Approver_ComplianceAmongApprovers_AllowedAsThemselves()
    {
        var check = DecisionRules.Check(Compliance, Casey, Item(), DecisionKind.Approve, null, null);

        Assert.Equal((true, Casey, "Casey", false), (check.Allowed, check.ReviewerUserUuid, check.ReviewerName, check.IsOverride));
    }

    [Fact]
    public void Approver_MatchIgnoresCase() =>
        Assert.True(DecisionRules.Check(Compliance, Casey.ToUpperInvariant(), Item(), DecisionKind.Approve, null, null).Allowed);

    [Theory]
    [InlineData(null)]
    [InlineData(Morgan)]
    public void NotApprover_ComplianceWithoutAuthority_Refused(string? uuid) =>
        Assert.Contains("not among this item's approvers", DecisionRules.Check(Compliance, uuid, Item(), DecisionKind.Approve, null, "x").Message);

    [Fact]
    public void SelfApproval_RequesterApproves_RefusedEvenAsApprover()
    {
        var check = DecisionRules.Check(Compliance, Casey, Item(requestedBy: Casey), DecisionKind.Approve, null, null);

        Assert.Equal((false, true), (check.Allowed, check.Denied));
        Assert.Contains("requested this item yourself", check.Message);
    }

    [Fact]
    public void SelfApproval_RequesterDeclinesWithReason_Allowed() =>
        Assert.True(DecisionRules.Check(Compliance, Casey, Item(requestedBy: Casey), DecisionKind.Decline, "Unreadable", null).Allowed);

    [Theory]
    [InlineData(DecisionKind.Decline, null)]
    [InlineData(DecisionKind.Decline, "   ")]
    [InlineData(DecisionKind.RequestAgain, "")]
    public void Reason_MissingForDeclineOrRequestAgain_RefusedAsIncompleteNotDenied(DecisionKind kind, string? reason)
    {
        var check = DecisionRules.Check(Compliance, Casey, Item(), kind, reason, null);

        Assert.Equal((false, false), (check.Allowed, check.Denied));
        Assert.Contains("reason is required", check.Message);
    }

    [Fact]
    public void AdminOverride_WithoutReason_Refused() =>
        Assert.Contains("override needs a stated reason", DecisionRules.Check(Admin, null, Item(), DecisionKind.Approve, null, null).Message);

    [Fact]
    public void AdminOverride_WithReason_RecordedForFirstApproverWhoDidNotRequest()
    {
        var check = DecisionRules.Check(Admin, null, Item(approvers: [Riley, Jordan], requestedBy: Riley), DecisionKind.Approve, null, "On leave");

        Assert.Equal((true, Jordan, true), (check.Allowed, check.ReviewerUserUuid, check.IsOverride));
        Assert.Equal("Alex (admin override)", check.ReviewerName);
    }

    [Fact]
    public void AdminOverride_AdminWhoRequestedIt_MayNotApprove() =>
        Assert.False(DecisionRules.Check(Admin, Riley, Item(requestedBy: Riley), DecisionKind.Approve, null, "Override").Allowed);

    [Fact]
    public void OtherDealership_ComplianceUserOfAnotherDealership_Refused() =>
        Assert.Contains("this dealership", DecisionRules.Check(Compliance, Casey, Item(dealership: 99), DecisionKind.Approve, null, null).Message);

    [Theory]
    [InlineData("COMPLETED")]
    [InlineData("REQUESTED")]
    public void NotPending_ItemNotWaitingForApproval_Refused(string status) =>
        Assert.Contains("not waiting for approval", DecisionRules.Check(Compliance, Casey, Item(status: status), DecisionKind.Approve, null, null).Message);

    [Fact]
    public void Auditor_NoDataRequestsRole_Refused() =>
        Assert.False(DecisionRules.Check(User(PortalRoles.Auditor), Casey, Item(), DecisionKind.Approve, null, null).Allowed);

    private static UserContext User(string role) =>
        new("u-" + role, role == PortalRoles.Admin ? "Alex" : "Casey", new HashSet<string> { role }, [1]);

    private static DataRequestRow Item(string[]? approvers = null, string? requestedBy = Riley, int dealership = 1, string status = "PENDING_APPROVAL") => new()
    {
        DepartmentUuid = "d", RequestUuid = "r", ItemUuid = "i", DealershipId = dealership, Status = status, ApprovalNeeded = true,
        Approvers = string.Join(',', approvers ?? [Casey, Jordan]), RequestedByUserUuid = requestedBy,
    };
}
