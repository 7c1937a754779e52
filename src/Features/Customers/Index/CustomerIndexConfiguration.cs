using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Features.Customers.Index;

internal sealed class IndexedCustomerConfiguration : IEntityTypeConfiguration<IndexedCustomer>
{
    public void Configure(EntityTypeBuilder<IndexedCustomer> builder)
    {
        // The full-text index follows this table through AFTER triggers (Search/CustomerSearchSql), which SQLite's
        // RETURNING clause does not combine with.
        builder.ToTable("IndexedCustomers", t => t.UseSqlReturningClause(false));
        builder.HasIndex(c => c.SourceRef).IsUnique();
        builder.HasIndex(c => new { c.DealershipId, c.LastModifiedUtc });
        builder.HasIndex(c => c.PersonId);
        builder.HasIndex(c => c.DateOfBirthHash);
        builder.HasIndex(c => c.LicenceHash);
        builder.HasIndex(c => c.LinkPending).HasFilter("\"LinkPending\" = 1"); // only the few rows waiting for linking
        builder.Property(c => c.Vendor).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.LinkStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.SourceRef).HasMaxLength(300);
        builder.Property(c => c.ExternalId).HasMaxLength(200);
        builder.HasOne(c => c.Person).WithMany(p => p.Records).HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("People");
        builder.HasIndex(p => new { p.DealershipId, p.DisplayName });
        // Search: name order and one- or two-letter prefixes, within a dealership and across all (admins).
        builder.HasIndex(p => new { p.DealershipId, p.SortName });
        builder.HasIndex(p => p.SortName);
        builder.Property(p => p.DisplayName).HasMaxLength(300);
        builder.Property(p => p.SortName).HasMaxLength(300);
    }
}
