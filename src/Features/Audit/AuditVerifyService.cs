using Portal.Security;

namespace Portal.Features.Audit;

/// <summary>The page's "Verify chain": checks the caller's role, verifies, and records who verified and what they found.</summary>
public sealed class AuditVerifyService(AuditVerifier verifier, ICurrentUser currentUser, IAuditLog audit)
{
    public async Task<AuditVerification> VerifyAsync(IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        (await currentUser.GetAsync(cancellationToken)).Demand(PortalPolicies.AuditLog);
        var result = await verifier.VerifyAsync(progress, cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditActions.AuditVerified, result.Intact ? AuditOutcome.Succeeded : AuditOutcome.Failed)
        {
            Target = new AuditTarget(AuditTargetTypes.AuditLog, "chain"),
            Detail = result.Summary,
        }, cancellationToken);
        return result;
    }
}
