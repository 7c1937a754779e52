using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Features.Audit;

/// <summary>The end of the chain the writer appends to: the newest entry's sequence, hash and time.</summary>
internal sealed record AuditChainState(long Sequence, string Hash, DateTime TimestampUtc, bool HeadAhead = false)
{
    public static async Task<AuditChainState> LoadAsync(PortalDbContext db, AuditHead? head)
    {
        var last = await db.AuditEntries().OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash, e.TimestampUtc }).FirstOrDefaultAsync();
        var state = last is null
            ? new AuditChainState(0, AuditHasher.Genesis, DateTime.MinValue)
            : new AuditChainState(last.Sequence, last.Hash, DateTime.SpecifyKind(last.TimestampUtc, DateTimeKind.Utc));
        // A head anchor ahead of the table means the newest entries were cut off. Continuing after the anchor keeps
        // the gap in the chain for the verifier; continuing after the table's last row would bury it.
        return head is not null && head.Sequence > state.Sequence
            ? state with { Sequence = head.Sequence, Hash = head.Hash, HeadAhead = true }
            : state;
    }
}

internal static class AuditDbContextExtensions
{
    /// <summary>The audit table (no DbSet on the shared context: the entity is configured by <see cref="AuditEntryConfiguration"/>).</summary>
    public static DbSet<AuditEntry> AuditEntries(this PortalDbContext db) => db.Set<AuditEntry>();
}
