using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Features.Audit;

/// <summary>The removal half of a retention run, inside the writer's transaction (the writer then chains the checkpoint).</summary>
internal static class AuditRetention
{
    /// <summary>
    /// Removes up to <paramref name="maxEntries"/> of the oldest entries older than the cutoff (always a prefix: times
    /// rise with sequence) and says which. Bounded because the writer waits meanwhile (measured: about 80 µs per
    /// entry with the table's indexes at two million rows).
    /// </summary>
    public static async Task<AuditRemovedRange?> RemoveExpiredAsync(PortalDbContext db, DateTime cutoffUtc, int maxEntries)
    {
        var entries = db.AuditEntries();
        var expired = await entries.Where(e => e.TimestampUtc < cutoffUtc)
            .OrderByDescending(e => e.TimestampUtc).Select(e => (long?)e.Sequence).FirstOrDefaultAsync();
        if (expired is not { } newestExpired)
        {
            return null;
        }
        var first = await entries.MinAsync(e => e.Sequence);
        var last = Math.Min(newestExpired, first + maxEntries - 1);
        var hash = await entries.Where(e => e.Sequence == last).Select(e => e.Hash).SingleAsync();
        await db.Database.ExecuteSqlRawAsync(AuditSql.GrantRetentionPermitOn(db.Database), last);
        await entries.Where(e => e.Sequence <= last).ExecuteDeleteAsync();
        await db.Database.ExecuteSqlRawAsync(AuditSql.RevokeRetentionPermitOn(db.Database));
        return new AuditRemovedRange(first, last, hash);
    }
}
