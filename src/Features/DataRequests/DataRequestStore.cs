using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Connections;
using Portal.Vendors.MyKaarma;

namespace Portal.Features.DataRequests;

/// <summary>Writes what the poller read: one view request's items, inserted or brought up to date.</summary>
public sealed class DataRequestStore(IDbContextFactory<PortalDbContext> dbFactory, TimeProvider clock)
{
    public async Task<int> UpsertAsync(
        ResolvedConnection connection, string token, MyKaarmaProfileData profile, MyKaarmaViewRequestRef? listed, CancellationToken ct)
    {
        var items = MyKaarmaMapper.ToItems(connection.Connection.Id, token, profile);
        if (items.Count == 0)
        {
            return 0;
        }
        var now = clock.GetUtcNow();
        var uuids = items.Select(i => i.Source.ExternalId).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var existing = await db.Set<DataRequestRow>()
            .Where(r => r.ConnectionId == connection.Connection.Id && uuids.Contains(r.ItemUuid))
            .ToDictionaryAsync(r => r.ItemUuid, StringComparer.Ordinal, ct);
        var requestedAt = DataRequestItemMapper.RequestedAt(profile, listed);
        foreach (var item in items)
        {
            if (!existing.TryGetValue(item.Source.ExternalId, out var row))
            {
                row = new DataRequestRow
                {
                    ConnectionId = connection.Connection.Id, DealershipId = connection.DealershipId, DepartmentUuid = item.DepartmentUuid,
                    RequestUuid = item.RequestUuid, ItemUuid = item.Source.ExternalId, FirstSeenUtc = now, RequestedUtc = requestedAt ?? now,
                };
                db.Add(row);
            }
            DataRequestItemMapper.Apply(row, item, profile, now);
        }
        await db.SaveChangesAsync(ct);
        return items.Count;
    }

    /// <summary>Items still open here whose request myKaarma no longer lists as open: re-read them by their token.</summary>
    public async Task<IReadOnlyList<(string Department, string Token)>> StaleAsync(int connectionId, IReadOnlySet<string> seenRequests, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var open = await db.Set<DataRequestRow>().AsNoTracking()
            .Where(r => r.ConnectionId == connectionId && r.Status != "COMPLETED" && r.Status != "DECLINED" && r.ViewRequestToken != null)
            .Select(r => new { r.RequestUuid, r.DepartmentUuid, r.ViewRequestToken })
            .Distinct().ToListAsync(ct);
        return open.Where(r => !seenRequests.Contains(r.RequestUuid))
            .Select(r => (r.DepartmentUuid, r.ViewRequestToken ?? "")).Distinct().ToList();
    }
}
