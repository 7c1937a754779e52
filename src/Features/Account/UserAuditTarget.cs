using Portal.Data;
using Portal.Features.Audit;

namespace Portal.Features.Account;

/// <summary>How a portal user is named as the target of an audit entry (as the sign-in entries name them).</summary>
public static class UserAuditTarget
{
    public static AuditTarget Of(PortalUser user) =>
        new(AuditTargetTypes.User, user.Id, string.IsNullOrWhiteSpace(user.DisplayName) ? user.Email : user.DisplayName);
}
