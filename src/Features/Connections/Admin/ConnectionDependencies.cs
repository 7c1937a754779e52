using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Admin;
using Portal.Features.Customers.Index;
using Portal.Features.Customers.Sync;

namespace Portal.Features.Connections.Admin;

/// <summary>
/// What the portal stores about a connection, counted before a delete and cleaned up by it: its indexed customer
/// records are marked deleted (they leave search but keep the people's history), its sync runs stay as history,
/// its checkpoint goes. No user checks here: <see cref="ConnectionAdminService"/> demands the admin first.
/// </summary>
public sealed class ConnectionDependencies(IDbContextFactory<PortalDbContext> dbFactory, ISyncMonitor monitor)
{
    public async Task<ConnectionDependents> CountAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        _ = await ConnectionRows.FindAsync(db, id, ct);
        return await CountAsync(db, id, ct);
    }

    public async Task<(Connection Row, ConnectionDependents Dependents)> DeleteAsync(int id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await ConnectionRows.FindAsync(db, id, ct);
        var dependents = await CountAsync(db, id, ct);
        if (dependents.SyncActive)
        {
            throw new AdminRuleException("A sync of this connection is queued or running. Wait for it to end, then delete.");
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Set<IndexedCustomer>().Where(c => c.ConnectionId == id && !c.Deleted)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Deleted, true).SetProperty(c => c.IndexedUtc, DateTimeOffset.UtcNow), ct);
        await db.Set<SyncCheckpoint>().Where(c => c.ConnectionId == id).ExecuteDeleteAsync(ct);
        db.Connections.Remove(row);
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return (row, dependents);
    }

    private async Task<ConnectionDependents> CountAsync(PortalDbContext db, int id, CancellationToken ct)
    {
        var records = db.Set<IndexedCustomer>().Where(c => c.ConnectionId == id && !c.Deleted);
        var status = monitor.Get(id);
        return new ConnectionDependents(
            await records.CountAsync(ct),
            await records.Select(c => c.PersonId).Distinct().CountAsync(ct),
            await db.Set<SyncRun>().CountAsync(r => r.ConnectionId == id, ct),
            await db.Set<SyncCheckpoint>().AnyAsync(c => c.ConnectionId == id, ct),
            status.Queued || status.Running);
    }
}
