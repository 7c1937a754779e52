using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Features.Audit;

/// <summary>
/// Turns a filter into a query that SQLite answers from one index range, newest first. A time range becomes a
/// sequence range first (times rise with sequence, so the first entry at or after a time is found by one seek in the
/// time index): then every filter is "index prefix + Sequence between", and keyset paging never sorts.
/// </summary>
internal static class AuditQuery
{
    public static async Task<IQueryable<AuditEntry>> FilterAsync(PortalDbContext db, AuditFilter filter, CancellationToken cancellationToken = default)
    {
        var all = db.AuditEntries().AsNoTracking();
        var query = all;
        if (filter.From is { } from)
        {
            var first = await FirstFromAsync(all, StartOf(from), cancellationToken);
            query = first is { } s ? query.Where(e => e.Sequence >= s) : query.Where(e => false);
        }
        if (filter.To is { } to)
        {
            var end = StartOf(to.AddDays(1));
            var last = await all.Where(e => e.TimestampUtc < end).OrderByDescending(e => e.TimestampUtc)
                .Select(e => (long?)e.Sequence).FirstOrDefaultAsync(cancellationToken);
            query = last is { } s ? query.Where(e => e.Sequence <= s) : query.Where(e => false);
        }
        if (!string.IsNullOrEmpty(filter.ActorId))
        {
            query = query.Where(e => e.ActorId == filter.ActorId);
        }
        if (!string.IsNullOrEmpty(filter.Action))
        {
            query = query.Where(e => e.Action == filter.Action);
        }
        if (filter.Outcome is { } outcome)
        {
            query = query.Where(e => e.Outcome == outcome);
        }
        if (filter.DealershipId is { } dealership)
        {
            query = query.Where(e => e.DealershipId == dealership);
        }
        if (!string.IsNullOrEmpty(filter.TargetType))
        {
            query = query.Where(e => e.TargetType == filter.TargetType);
            if (!string.IsNullOrEmpty(filter.TargetId))
            {
                query = query.Where(e => e.TargetId == filter.TargetId);
            }
        }
        return query;
    }

    /// <summary>The first entry at or after a time: one seek in the time index.</summary>
    public static Task<long?> FirstFromAsync(IQueryable<AuditEntry> all, DateTime time, CancellationToken cancellationToken) =>
        all.Where(e => e.TimestampUtc >= time).OrderBy(e => e.TimestampUtc).Select(e => (long?)e.Sequence).FirstOrDefaultAsync(cancellationToken);

    public static DateTime StartOf(DateOnly day) => day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>The newest <paramref name="take"/> entries older than <paramref name="olderThan"/>: one keyset page.</summary>
    public static IQueryable<AuditEntry> NewestFirst(IQueryable<AuditEntry> query, long? olderThan, int take) =>
        (olderThan is { } before ? query.Where(e => e.Sequence < before) : query).OrderByDescending(e => e.Sequence).Take(take);
}
