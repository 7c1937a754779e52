using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Features.Audit;

/// <summary>
/// Events per UTC day and outcome. Grouping a month of rows by a computed day reads every row (measured: 1.2 s for
/// 150,000 rows); instead each day becomes a sequence range (one seek each), and each outcome's count in it is an
/// index range count on (Outcome, Sequence).
/// </summary>
internal static class AuditDailyCounts
{
    public static async Task<IReadOnlyList<AuditDayCount>> CountAsync(
        PortalDbContext db, AuditFilter filter, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var all = db.AuditEntries().AsNoTracking();
        var query = await AuditQuery.FilterAsync(db, filter with { From = from, To = to }, cancellationToken);
        var counts = new List<AuditDayCount>();
        var start = await AuditQuery.FirstFromAsync(all, AuditQuery.StartOf(from), cancellationToken) ?? long.MaxValue;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var next = await AuditQuery.FirstFromAsync(all, AuditQuery.StartOf(day.AddDays(1)), cancellationToken) ?? long.MaxValue;
            if (next > start)
            {
                foreach (var outcome in Enum.GetValues<AuditOutcome>())
                {
                    var (first, end) = (start, next);
                    var count = await query.CountAsync(e => e.Outcome == outcome && e.Sequence >= first && e.Sequence < end, cancellationToken);
                    if (count > 0)
                    {
                        counts.Add(new AuditDayCount(day, outcome, count));
                    }
                }
            }
            start = next;
        }
        return counts;
    }
}
