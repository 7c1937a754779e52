using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data.Leases;

/// <summary>
/// A named piece of work that one portal instance at a time may do (the sync schedule, the decision sender...).
/// Taken and renewed by a conditional UPDATE, so of several instances exactly one holds it; it lapses at
/// <see cref="ExpiresAtUnixMs"/>, so after a crash another instance takes over.
/// </summary>
public sealed class Lease
{
    public required string Name { get; set; }

    /// <summary>The instance id (Instance:Id, or machine and process); empty once released.</summary>
    public string Holder { get; set; } = "";

    /// <summary>Milliseconds since 1970 UTC: a plain number compares the same on every provider.</summary>
    public long ExpiresAtUnixMs { get; set; }

    /// <summary>Raised by every take, renewal and release: tells holders apart in the log and in tests.</summary>
    public long Version { get; set; }
}

internal sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    public void Configure(EntityTypeBuilder<Lease> builder)
    {
        builder.ToTable("Leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(200);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}
