using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Features.Customers.Index;

namespace Portal.Features.Customers.Linking;

internal sealed class CustomerMatchKeyConfiguration : IEntityTypeConfiguration<CustomerMatchKey>
{
    public void Configure(EntityTypeBuilder<CustomerMatchKey> builder)
    {
        builder.ToTable("CustomerMatchKeys");
        builder.Property(k => k.Key).HasMaxLength(300);
        builder.HasIndex(k => new { k.DealershipId, k.Key });
        builder.HasIndex(k => k.CustomerId);
        builder.HasOne<IndexedCustomer>().WithMany().HasForeignKey(k => k.CustomerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LinkDecisionConfiguration : IEntityTypeConfiguration<LinkDecision>
{
    public void Configure(EntityTypeBuilder<LinkDecision> builder)
    {
        builder.ToTable("LinkDecisions");
        builder.Property(d => d.SourceRefA).HasMaxLength(300);
        builder.Property(d => d.SourceRefB).HasMaxLength(300);
        builder.Property(d => d.DecidedByUserId).HasMaxLength(64);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(d => new { d.SourceRefA, d.SourceRefB }).IsUnique();
        builder.HasIndex(d => d.SourceRefB);
    }
}
