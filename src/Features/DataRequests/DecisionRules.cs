using Portal.Security;

namespace Portal.Features.DataRequests;

/// <summary>Who the review is recorded as, and whether it is an admin's override; or why it is refused.</summary>
public sealed record DecisionCheck(bool Allowed, string Message, string ReviewerUserUuid = "", string ReviewerName = "", bool IsOverride = false)
{
    /// <summary>True when refused for lack of authority (audited as denied); false for an incomplete or stale decision.</summary>
    public bool Denied { get; init; }

    public static DecisionCheck Refuse(string message) => new(false, message) { Denied = true };

    public static DecisionCheck Invalid(string message) => new(false, message);
}

/// <summary>
/// Who may decide an item, checked on the server at the moment of the decision: a Compliance user whose myKaarma
/// uuid is among the item's approvers, or an Admin overriding with a stated reason (recorded as the item's first
/// approver who is not the requester, named "... (override by ...)"). Nobody approves what they requested. Declining
/// and requesting again need a reason.
/// </summary>
public static class DecisionRules
{
    public const int MaxReason = 500;
    public const string PendingApproval = "PENDING_APPROVAL";

    public static DecisionCheck Check(UserContext user, string? myKaarmaUuid, DataRequestRow item, DecisionKind kind, string? reason, string? overrideReason)
    {
        if (!user.Satisfies(PortalPolicies.DataRequests) || !user.CanSeeDealership(item.DealershipId))
        {
            return DecisionCheck.Refuse("You may not decide data requests of this dealership.");
        }
        if (kind != DecisionKind.Approve && string.IsNullOrWhiteSpace(reason))
        {
            return DecisionCheck.Invalid("A reason is required to decline or request again.");
        }
        if ((reason?.Length ?? 0) > MaxReason || (overrideReason?.Length ?? 0) > MaxReason)
        {
            return DecisionCheck.Invalid($"A reason may be at most {MaxReason} characters.");
        }
        if (item.Status != PendingApproval || !item.ApprovalNeeded)
        {
            return DecisionCheck.Invalid($"The item is {item.Status}, not waiting for approval.");
        }
        var mine = string.IsNullOrWhiteSpace(myKaarmaUuid) ? null : myKaarmaUuid.Trim();
        if (kind == DecisionKind.Approve && mine is not null && Same(mine, item.RequestedByUserUuid))
        {
            return DecisionCheck.Refuse("You requested this item yourself, so you may not approve it.");
        }
        if (user.IsInRole(PortalRoles.Compliance) && mine is not null && item.ApproverList.Any(a => Same(a, mine)))
        {
            return new DecisionCheck(true, "Approver", mine, user.DisplayName);
        }
        if (!user.IsAdmin)
        {
            return DecisionCheck.Refuse("You are not among this item's approvers in myKaarma.");
        }
        if (string.IsNullOrWhiteSpace(overrideReason))
        {
            return DecisionCheck.Refuse("You are not among this item's approvers: an admin override needs a stated reason.");
        }
        var onBehalf = item.ApproverList.FirstOrDefault(a => kind != DecisionKind.Approve || !Same(a, item.RequestedByUserUuid));
        return onBehalf is null
            ? DecisionCheck.Refuse("The item lists no approver the review could be recorded for.")
            : new DecisionCheck(true, "Admin override", onBehalf, $"{user.DisplayName} (admin override)", IsOverride: true);
    }

    private static bool Same(string a, string? b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
