using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Portal.Data;

internal sealed class DealershipConfiguration : IEntityTypeConfiguration<Dealership>
{
    public void Configure(EntityTypeBuilder<Dealership> builder)
    {
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.HasIndex(d => d.Name).IsUnique();
        builder.Property(d => d.TimeZoneId).HasMaxLength(64);
    }
}

internal sealed class UserDealershipConfiguration : IEntityTypeConfiguration<UserDealership>
{
    public void Configure(EntityTypeBuilder<UserDealership> builder)
    {
        builder.HasKey(u => new { u.UserId, u.DealershipId });
        builder.HasOne(u => u.User).WithMany(u => u.Dealerships).HasForeignKey(u => u.UserId);
        builder.HasOne(u => u.Dealership).WithMany(d => d.Users).HasForeignKey(u => u.DealershipId);
    }
}

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.MyKaarmaUserUuid).HasMaxLength(64);
    }
}
