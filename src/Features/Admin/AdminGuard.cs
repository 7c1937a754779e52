using Portal.Features.Audit;
using Portal.Security;

namespace Portal.Features.Admin;

/// <summary>
/// The server-side check every admin service method starts with: the page's [Authorize] only hides the page, this
/// refuses the action itself (and records the refusal) for anyone the Admin policy does not admit.
/// </summary>
public sealed class AdminGuard(ICurrentUser currentUser, IAuditLog audit)
{
    public async Task<UserContext> DemandAsync(string action, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        if (user.Satisfies(PortalPolicies.Admin))
        {
            return user;
        }
        await audit.RecordAsync(new AuditEvent(AuditActions.AccessDenied, AuditOutcome.Denied) { Detail = action }, cancellationToken);
        throw new AccessDeniedException($"'{user.DisplayName}' may not {action}.");
    }
}

/// <summary>A change the admin rules refuse (the last admin, a duplicate name); the message is shown to the admin.</summary>
public sealed class AdminRuleException(string message) : Exception(message);
