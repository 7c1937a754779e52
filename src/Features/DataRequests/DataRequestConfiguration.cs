using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Portal.Data;

namespace Portal.Features.DataRequests;

internal sealed class DataRequestRowConfiguration : IEntityTypeConfiguration<DataRequestRow>
{
    public void Configure(EntityTypeBuilder<DataRequestRow> builder)
    {
        builder.ToTable("DataRequestItems");
        builder.Ignore(r => r.ApproverList);
        foreach (var name in new[] { nameof(DataRequestRow.DepartmentUuid), nameof(DataRequestRow.RequestUuid), nameof(DataRequestRow.ItemUuid),
            nameof(DataRequestRow.ViewRequestToken), nameof(DataRequestRow.CustomerExternalId), nameof(DataRequestRow.Type),
            nameof(DataRequestRow.Status), nameof(DataRequestRow.RequestedByUserUuid) })
        {
            builder.Property(name).HasMaxLength(64);
        }
        builder.Property(r => r.FileUrl).HasMaxLength(1000);
        builder.Property(r => r.Approvers).HasMaxLength(1000);
        builder.HasIndex(r => new { r.ConnectionId, r.ItemUuid }).IsUnique();
        // Stored as a sortable number: the queue orders and filters by age in SQL (SQLite has no DateTimeOffset).
        builder.Property(r => r.RequestedUtc).HasConversion(new DateTimeOffsetToBinaryConverter());
        builder.HasIndex(r => new { r.DealershipId, r.Status, r.RequestedUtc });
        builder.HasOne<Connection>().WithMany().HasForeignKey(r => r.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DataRequestDecisionConfiguration : IEntityTypeConfiguration<DataRequestDecision>
{
    public void Configure(EntityTypeBuilder<DataRequestDecision> builder)
    {
        builder.ToTable("DataRequestDecisions");
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.IdempotencyKey).HasMaxLength(64);
        builder.Property(d => d.Reason).HasMaxLength(DecisionRules.MaxReason);
        builder.Property(d => d.OverrideReason).HasMaxLength(DecisionRules.MaxReason);
        builder.Property(d => d.LastError).HasMaxLength(1000);
        builder.HasIndex(d => d.IdempotencyKey).IsUnique();
        // Two people deciding the same item at once: the second insert fails here, and is told.
        builder.HasIndex(d => new { d.ItemId, d.Round }).IsUnique().HasFilter("\"State\" <> 'Failed'");
        builder.HasIndex(d => new { d.State, d.NextAttemptUtc });
        builder.HasOne(d => d.Item).WithMany(i => i.Decisions).HasForeignKey(d => d.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
