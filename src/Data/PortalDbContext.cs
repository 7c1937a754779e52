using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Portal.Data;

/// <summary>The portal's own database: identity, dealerships and what each feature stores.</summary>
public class PortalDbContext : IdentityDbContext<PortalUser, IdentityRole, string>
{
    public PortalDbContext(DbContextOptions<PortalDbContext> options)
        : base(options)
    {
    }

    /// <summary>For a provider's derived context (<see cref="PostgresPortalDbContext"/>), which has its own migrations.</summary>
    protected PortalDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Dealership> Dealerships => Set<Dealership>();

    public DbSet<UserDealership> UserDealerships => Set<UserDealership>();

    public DbSet<Connection> Connections => Set<Connection>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Each feature keeps its entity configuration beside its code (IEntityTypeConfiguration<T>).
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}
