using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Features.Customers.Profile.Sources;
using Portal.Security;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Profile;

/// <summary>
/// The customer page's reads: the person from the index (scoped to the user's dealerships; anything else is "not
/// found"), each source read live with its own deadline, and audited reveals of sensitive values.
/// </summary>
public sealed class CustomerProfileService(
    ICurrentUser currentUser, ICustomerDirectory directory, ProfileSourceAccess access, IAuditLog audit,
    IDbContextFactory<PortalDbContext> dbFactory, IOptions<CustomerProfileOptions> options, TimeProvider time,
    Portal.Security.Throttling.IActionThrottle throttle)
{
    /// <summary>The person, or null when there is none the user may see. Audits the view (call once per visit).</summary>
    public async Task<CustomerProfile?> OpenAsync(long personId, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        if (await directory.GetPersonAsync(user, personId, ct) is not { } person || !user.CanSeeDealership(person.DealershipId))
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dealership = await db.Dealerships.Where(d => d.Id == person.DealershipId).Select(d => d.Name).FirstOrDefaultAsync(ct) ?? "";
        await audit.RecordAsync(new AuditEvent(AuditActions.CustomerViewed)
        {
            Target = ProfileAudit.Target(person),
            DealershipId = person.DealershipId,
            Detail = $"person {person.PersonId}, {person.Records.Count} records",
        }, ct);
        return new CustomerProfile(person, dealership, CanReveal(user));
    }

    /// <summary>The person a vendor record belongs to now (person ids change on merge and split).</summary>
    public async Task<long?> PersonOfAsync(SourceRef source, CancellationToken ct = default) =>
        await directory.PersonOfAsync(await currentUser.GetAsync(ct), source, ct);

    /// <summary>One source read live, never throwing: a failure names the vendor and the reason.</summary>
    public async Task<LiveRead> ReadLiveAsync(PersonRecord record, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.Customers);
        var source = record.Snapshot.Source;
        var read = new LiveRead(source, time.GetUtcNow());
        if (await access.GetAsync(user, source, ct) is not { } target)
        {
            return read with { Problem = $"{source.Vendor.DisplayName()}: the connection is disabled or not yours", NotReadable = true };
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(options.Value.LiveReadDeadline);
        try
        {
            var snapshot = await target.Source.ReadAsync(target.Client, source.ExternalId, record.Snapshot.LastModifiedUtc, deadline.Token);
            return snapshot is null
                ? read with { Problem = $"{source.Vendor.DisplayName()}: the vendor no longer has this record" }
                : read with { Record = snapshot.Record with { Sensitive = null }, Sensitive = SensitiveItems.Masked(snapshot.Record.Sensitive), DataRequests = snapshot.DataRequests };
        }
        catch (VendorApiException e)
        {
            return read with { Problem = VendorProblems.Describe(e) };
        }
        catch (SourceNotReadableException e)
        {
            return read with { Problem = $"{source.Vendor.DisplayName()}: {e.Message}", NotReadable = true };
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return read with { Problem = $"{source.Vendor.DisplayName()}: timed out (no answer within {options.Value.LiveReadDeadline.TotalSeconds:0} s)" };
        }
    }

    /// <summary>
    /// The record's sensitive values in clear, read afresh from the vendor, for a user in a reveal role who gives a
    /// reason; audited with the reason. Throws <see cref="AccessDeniedException"/> otherwise.
    /// </summary>
    public async Task<IReadOnlyList<SensitiveItem>> RevealAsync(SourceRef source, string reason, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.Customers);
        if (!CanReveal(user))
        {
            throw new AccessDeniedException($"'{user.DisplayName}' may not reveal sensitive values.");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("A reason is required to reveal sensitive values.", nameof(reason));
        }
        await DemandRevealAllowanceAsync(user, source, reason, ct); // many reveals in a minute is harvesting
        if (await directory.PersonOfAsync(user, source, ct) is null || await access.GetAsync(user, source, ct) is not { } target)
        {
            throw new AccessDeniedException("No such customer record.");
        }
        var snapshot = await target.Source.ReadAsync(target.Client, source.ExternalId, null, ct);
        await audit.RecordAsync(new AuditEvent(AuditActions.CustomerPiiRevealed)
        {
            Target = new AuditTarget(AuditTargetTypes.Customer, source.ToString()),
            DealershipId = target.Connection.DealershipId,
            Reason = reason.Trim(),
            Detail = $"{SensitiveItems.Clear(snapshot?.Record.Sensitive).Count(i => i.Value is not null)} values",
        }, ct);
        return SensitiveItems.Clear(snapshot?.Record.Sensitive);
    }

    // A refused reveal is recorded too (Denied, with its reason): an attempt to harvest is what the log is for.
    private async Task DemandRevealAllowanceAsync(UserContext user, SourceRef source, string reason, CancellationToken ct)
    {
        try
        {
            throttle.Demand(user, Portal.Security.Throttling.ExpensiveAction.Reveal);
        }
        catch (Portal.Security.Throttling.ActionThrottledException e)
        {
            await audit.RecordAsync(new AuditEvent(AuditActions.CustomerPiiRevealed, AuditOutcome.Denied)
            {
                Target = new AuditTarget(AuditTargetTypes.Customer, source.ToString()),
                Reason = reason.Trim(),
                Detail = $"refused: over the per-user allowance of reveals; retry after {Math.Max(1, (int)Math.Ceiling(e.RetryAfter.TotalSeconds))} s",
            }, ct);
            throw;
        }
    }

    private bool CanReveal(UserContext user) => user.Satisfies(PortalPolicies.Customers) && options.Value.EffectiveRevealRoles.Any(user.IsInRole);
}
