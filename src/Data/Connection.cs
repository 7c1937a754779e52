using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Portal.Vendors;

namespace Portal.Data;

/// <summary>A dealership's connection to one vendor system. Credentials are sealed (Data Protection) at rest.</summary>
public sealed class Connection
{
    public int Id { get; set; }

    public VendorKind Vendor { get; set; }

    public required string Name { get; set; }

    public int DealershipId { get; set; }

    public Dealership? Dealership { get; set; }

    /// <summary>The vendor API's base URL; "{self}" stands for the portal's own address (sandbox emulators).</summary>
    public required string BaseUrl { get; set; }

    /// <summary>Non-secret vendor ids (Walcu dealerId, Cova companyId, myKaarma departmentUuids...) as JSON.</summary>
    public string SettingsJson { get; set; } = "{}";

    /// <summary>The credentials as a Data Protection payload; never readable without the key ring.</summary>
    public string SealedSecrets { get; set; } = "";

    public bool Enabled { get; set; } = true;

    /// <summary>Set when the connection is declared in configuration (Connections:&lt;key&gt;); upserted on start.</summary>
    public string? ConfigKey { get; set; }

    public DateTimeOffset CreatedUtc { get; set; } = DateTimeOffset.UtcNow;

    public DateTimeOffset UpdatedUtc { get; set; } = DateTimeOffset.UtcNow;
}

internal sealed class ConnectionConfiguration : IEntityTypeConfiguration<Connection>
{
    public void Configure(EntityTypeBuilder<Connection> builder)
    {
        builder.Property(c => c.Vendor).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.BaseUrl).HasMaxLength(500);
        builder.Property(c => c.ConfigKey).HasMaxLength(100);
        builder.HasIndex(c => c.ConfigKey).IsUnique();
        builder.HasIndex(c => new { c.DealershipId, c.Name }).IsUnique();
        builder.HasOne(c => c.Dealership).WithMany().HasForeignKey(c => c.DealershipId).OnDelete(DeleteBehavior.Restrict);
    }
}
