using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Features.Audit;

/// <summary>
/// The audit table. Every filter of the audit page has an index ending in Sequence, so "newest first, 50 at a time"
/// walks one index range whatever the table's size (keyset paging; see <see cref="AuditQueryService"/>).
/// </summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "AuditEntries";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.ActorId).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(200);
        builder.Property(e => e.ActorRoles).HasMaxLength(200);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.TargetType).HasMaxLength(64);
        builder.Property(e => e.TargetId).HasMaxLength(200);
        builder.Property(e => e.TargetDisplay).HasMaxLength(200);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(16);
        builder.Property(e => e.Reason).HasMaxLength(AuditLimits.Reason);
        builder.Property(e => e.Detail).HasMaxLength(AuditLimits.Detail);
        builder.Property(e => e.CorrelationId).HasMaxLength(64);
        builder.Property(e => e.ClientAddress).HasMaxLength(64);
        builder.Property(e => e.UserAgent).HasMaxLength(AuditLimits.UserAgent);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);

        builder.HasIndex(e => e.TimestampUtc);
        builder.HasIndex(e => new { e.ActorId, e.Sequence });
        builder.HasIndex(e => new { e.Action, e.Sequence });
        builder.HasIndex(e => new { e.Outcome, e.Sequence });
        builder.HasIndex(e => new { e.DealershipId, e.Sequence });
        builder.HasIndex(e => new { e.TargetType, e.TargetId, e.Sequence });
    }
}

/// <summary>Lengths beyond which free text is cut before it is stored (and hashed).</summary>
public static class AuditLimits
{
    public const int Reason = 1000;
    public const int Detail = 2000;
    public const int UserAgent = 300;
}
