using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Security;

namespace Portal.Features.Audit;

/// <summary>What the audit page reads: keyset pages, one entry's detail, events per day, the filter's choices.</summary>
public sealed class AuditQueryService(IDbContextFactory<PortalDbContext> dbFactory, ICurrentUser currentUser, IAuditLog audit)
{
    /// <summary>The chart reads at most this many days (the newest of the filter's range) to stay quick on big logs.</summary>
    public const int ChartDays = 31;

    public async Task<AuditPage> PageAsync(AuditFilter filter, AuditPageRequest request, CancellationToken cancellationToken = default)
    {
        await DemandAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = await AuditQuery.FilterAsync(db, filter, cancellationToken);
        if (request.NewerThan is { } after)
        {
            var newer = await query.Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(request.Size + 1)
                .Select(ToRow).ToListAsync(cancellationToken);
            newer.Reverse();
            return newer.Count == 0 ? await PageAsync(filter, new AuditPageRequest(Size: request.Size), cancellationToken)
                : new AuditPage(newer.TakeLast(request.Size).ToList(), HasOlder: true, HasNewer: newer.Count > request.Size);
        }
        var rows = await AuditQuery.NewestFirst(query, request.OlderThan, request.Size + 1).Select(ToRow).ToListAsync(cancellationToken);
        return new AuditPage(rows.Take(request.Size).ToList(), HasOlder: rows.Count > request.Size, HasNewer: request.OlderThan is not null);
    }

    public async Task<AuditEntryDetail?> GetAsync(long sequence, CancellationToken cancellationToken = default)
    {
        await DemandAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var entry = await db.AuditEntries().AsNoTracking().SingleOrDefaultAsync(e => e.Sequence == sequence, cancellationToken);
        if (entry is null)
        {
            return null;
        }
        var dealership = entry.DealershipId is { } id ? await db.Dealerships.Where(d => d.Id == id).Select(d => d.Name).SingleOrDefaultAsync(cancellationToken) : null;
        return new AuditEntryDetail(entry, AuditChanges.Deserialize(entry.Changes), dealership);
    }

    /// <summary>Events per UTC day and outcome over the filter's last <see cref="ChartDays"/> days (ending today without an end day).</summary>
    public async Task<IReadOnlyList<AuditDayCount>> DailyCountsAsync(AuditFilter filter, DateOnly today, CancellationToken cancellationToken = default)
    {
        await DemandAsync(cancellationToken);
        var (from, to) = ChartWindow(filter, today);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await AuditDailyCounts.CountAsync(db, filter, from, to, cancellationToken);
    }

    /// <summary>The days the chart covers: the filter's range, cut to its newest <see cref="ChartDays"/> days.</summary>
    public static (DateOnly From, DateOnly To) ChartWindow(AuditFilter filter, DateOnly today)
    {
        var to = filter.To ?? today;
        var earliest = to.AddDays(-ChartDays + 1);
        return (filter.From is { } from && from > earliest ? from : earliest, to);
    }

    public async Task<AuditFilterOptions> FilterOptionsAsync(CancellationToken cancellationToken = default)
    {
        await DemandAsync(cancellationToken);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var users = await db.Users.OrderBy(u => u.DisplayName)
            .Select(u => new AuditChoice(u.Id, u.DisplayName + " (" + u.Email + ")")).ToListAsync(cancellationToken);
        var dealerships = await db.Dealerships.OrderBy(d => d.Name)
            .Select(d => new AuditChoice(d.Id.ToString(CultureInfo.InvariantCulture), d.Name)).ToListAsync(cancellationToken);
        AuditChoice[] others = [new(AuditActor.SystemId, "System (background jobs)"), new(AuditActor.AnonymousId, "Anonymous (not signed in)")];
        return new AuditFilterOptions([.. users, .. others], dealerships);
    }

    /// <summary>Looking at the log is itself recorded: when the page opens and whenever a filter is applied.</summary>
    public async Task RecordViewedAsync(AuditFilter filter, CancellationToken cancellationToken = default)
    {
        await DemandAsync(cancellationToken);
        await audit.RecordAsync(new AuditEvent(AuditActions.AuditViewed)
        {
            Target = new AuditTarget(AuditTargetTypes.AuditLog, "entries"),
            Detail = filter.Describe(),
        }, cancellationToken);
    }

    private async Task DemandAsync(CancellationToken cancellationToken) =>
        (await currentUser.GetAsync(cancellationToken)).Demand(PortalPolicies.AuditLog);

    private static readonly System.Linq.Expressions.Expression<Func<AuditEntry, AuditRow>> ToRow = e =>
        new AuditRow(e.Sequence, e.TimestampUtc, e.ActorName, e.Action, e.Outcome, e.TargetType, e.TargetId, e.TargetDisplay, e.DealershipId);
}
