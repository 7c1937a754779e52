using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Security;
using Portal.Vendors;
using Portal.Vendors.Drivly;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Profile.Related;

/// <summary>The customer page's history: Drivly versions as a timeline, and the portal's own audit entries.</summary>
public sealed class ProfileHistoryService(
    ICurrentUser currentUser, ICustomerDirectory directory, ProfileSourceAccess access, IDbContextFactory<PortalDbContext> dbFactory)
{
    public const int AuditRows = 50;

    /// <summary>Every version of a Drivly customer, newest first, sensitive fields reported as changed only.</summary>
    public async Task<RelatedList<CustomerVersion>> TimelineAsync(SourceRef source, CancellationToken ct = default)
    {
        if (source.Vendor != VendorKind.Drivly || await AccessAsync(source, ct) is not { } target)
        {
            return RelatedList<CustomerVersion>.Empty;
        }
        try
        {
            var versions = new List<DrivlyVersion>();
            await foreach (var version in ((IDrivlyClient)target.Client).AllVersionsAsync(source.ExternalId, ct))
            {
                versions.Add(version);
            }
            var timeline = DrivlyMapper.ToTimeline(versions, source.ConnectionId, source.ExternalId).Reverse().ToList();
            return new RelatedList<CustomerVersion>(timeline, []);
        }
        catch (VendorApiException e)
        {
            return new RelatedList<CustomerVersion>([], [VendorProblems.Describe(e)]);
        }
    }

    /// <summary>The newest <see cref="AuditRows"/> audit entries about any record of the person (changes as stored: masked).</summary>
    public async Task<IReadOnlyList<CustomerAuditRow>> AuditAsync(PersonView person, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        // The person as the index holds it for this user, not as the caller says: no entries of records it may not see.
        if (await directory.GetPersonAsync(user, person.PersonId, ct) is not { } current)
        {
            return [];
        }
        var ids = current.Records.Select(r => r.Snapshot.Source.ToString()).Append($"person:{current.PersonId}").ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.AuditEntries().AsNoTracking()
            .Where(e => e.TargetType == AuditTargetTypes.Customer && e.TargetId != null && ids.Contains(e.TargetId))
            .OrderByDescending(e => e.Sequence).Take(AuditRows)
            .Select(e => new { e.Sequence, e.TimestampUtc, e.ActorName, e.Action, e.Outcome, e.Reason, e.Changes })
            .ToListAsync(ct);
        return rows.Select(e => new CustomerAuditRow(e.Sequence, e.TimestampUtc, e.ActorName, e.Action, e.Outcome.ToString(), e.Reason,
            string.Join("; ", AuditChanges.Deserialize(e.Changes).Select(c => $"{c.Field}: {c.Before ?? "(empty)"} → {c.After ?? "(empty)"}")))).ToList();
    }

    internal async Task<SourceAccess?> AccessAsync(SourceRef source, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.Customers);
        return await directory.PersonOfAsync(user, source, ct) is null ? null : await access.GetAsync(user, source, ct);
    }
}
