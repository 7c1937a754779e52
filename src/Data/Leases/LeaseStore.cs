using Microsoft.EntityFrameworkCore;

namespace Portal.Data.Leases;

/// <summary>What a successful take or renewal gave: the lease until <see cref="ExpiresUtc"/>.</summary>
public sealed record LeaseGrant(string Name, DateTimeOffset ExpiresUtc, long Version);

/// <summary>
/// Takes, renews and releases leases with plain EF Core (no provider-specific SQL): one conditional UPDATE
/// "where nobody else holds it", and an INSERT for a name seen the first time, which the primary key lets one
/// instance win. Times come from <see cref="TimeProvider"/>; instances are expected to keep their clocks in sync.
/// </summary>
public sealed class LeaseStore(IDbContextFactory<PortalDbContext> dbFactory, InstanceIdentity instance, TimeProvider time)
{
    public string Holder => instance.Id;

    /// <summary>Takes the lease, or renews it when this instance holds it; null when another instance holds it.</summary>
    public async Task<LeaseGrant?> TryAcquireAsync(string name, TimeSpan duration, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var expires = now + duration;
        var (nowMs, expiresMs, me) = (now.ToUnixTimeMilliseconds(), expires.ToUnixTimeMilliseconds(), instance.Id);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var taken = await db.Set<Lease>()
            .Where(l => l.Name == name && (l.Holder == me || l.ExpiresAtUnixMs <= nowMs))
            .ExecuteUpdateAsync(s => s
                .SetProperty(l => l.Holder, me)
                .SetProperty(l => l.ExpiresAtUnixMs, expiresMs)
                .SetProperty(l => l.Version, l => l.Version + 1), ct);
        if (taken == 1)
        {
            var version = await db.Set<Lease>().Where(l => l.Name == name).Select(l => l.Version).FirstAsync(ct);
            return new LeaseGrant(name, expires, version);
        }
        if (await db.Set<Lease>().AnyAsync(l => l.Name == name, ct))
        {
            return null;
        }
        db.Add(new Lease { Name = name, Holder = me, ExpiresAtUnixMs = expiresMs, Version = 1 });
        try
        {
            await db.SaveChangesAsync(ct);
            return new LeaseGrant(name, expires, 1);
        }
        catch (DbUpdateException)
        {
            return null; // another instance inserted the name first: it holds the lease
        }
    }

    /// <summary>Gives the lease up at once (when this instance holds it), so another instance need not wait for it to lapse.</summary>
    public async Task ReleaseAsync(string name, CancellationToken ct = default)
    {
        var me = instance.Id;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Set<Lease>().Where(l => l.Name == name && l.Holder == me).ExecuteUpdateAsync(s => s
            .SetProperty(l => l.Holder, "")
            .SetProperty(l => l.ExpiresAtUnixMs, 0L)
            .SetProperty(l => l.Version, l => l.Version + 1), ct);
    }

    /// <summary>The names starting with <paramref name="prefix"/> that some instance holds now.</summary>
    public async Task<IReadOnlyList<string>> HeldAsync(string prefix, CancellationToken ct = default)
    {
        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Lease>().Where(l => l.Name.StartsWith(prefix) && l.ExpiresAtUnixMs > nowMs).Select(l => l.Name).ToListAsync(ct);
    }

    /// <summary>Who holds the lease now, or null (for the log and tests).</summary>
    public async Task<string?> HolderAsync(string name, CancellationToken ct = default)
    {
        var nowMs = time.GetUtcNow().ToUnixTimeMilliseconds();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Set<Lease>().Where(l => l.Name == name && l.ExpiresAtUnixMs > nowMs).Select(l => l.Holder).FirstOrDefaultAsync(ct);
    }
}
