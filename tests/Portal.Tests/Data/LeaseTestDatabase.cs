using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Data.Leases;

namespace Portal.Tests.Data;

/// <summary>An in-memory SQLite portal database (kept open) and a clock the test moves by hand.</summary>
internal sealed class LeaseTestDatabase : IDbContextFactory<PortalDbContext>, IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly DbContextOptions<PortalDbContext> _options;

    public LeaseTestDatabase()
    {
        _connection.Open();
        _options = new DbContextOptionsBuilder<PortalDbContext>().UseSqlite(_connection).Options;
        using var db = CreateDbContext();
        db.Database.EnsureCreated();
    }

    public ManualClock Clock { get; } = new();

    public PortalDbContext CreateDbContext() => new(_options);

    public LeaseStore Store(string instance) =>
        new(this, new InstanceIdentity(Options.Create(new LeaseOptions { Id = instance })), Clock);

    public void Dispose() => _connection.Dispose();
}

/// <summary>"Now" is whatever the test sets; timers still run on real time.</summary>
internal sealed class ManualClock : TimeProvider
{
    public DateTimeOffset Now { get; set; } = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => Now;

    public void Advance(TimeSpan by) => Now += by;
}
