using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Data;

namespace Portal.Features.Customers.Sync;

internal sealed class SyncRunConfiguration : IEntityTypeConfiguration<SyncRun>
{
    public void Configure(EntityTypeBuilder<SyncRun> builder)
    {
        builder.ToTable("SyncRuns");
        builder.Property(r => r.Vendor).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Trigger).HasMaxLength(20);
        builder.Property(r => r.LastError).HasMaxLength(1000);
        builder.HasIndex(r => new { r.ConnectionId, r.StartedUtc });
        builder.HasIndex(r => r.Status);
    }
}

internal sealed class SyncCheckpointConfiguration : IEntityTypeConfiguration<SyncCheckpoint>
{
    public void Configure(EntityTypeBuilder<SyncCheckpoint> builder)
    {
        builder.ToTable("SyncCheckpoints");
        builder.HasKey(c => c.ConnectionId);
        builder.Property(c => c.ConnectionId).ValueGeneratedNever();
        builder.Property(c => c.Cursor).HasMaxLength(500);
        builder.HasOne<Connection>().WithMany().HasForeignKey(c => c.ConnectionId).OnDelete(DeleteBehavior.Cascade);
    }
}
