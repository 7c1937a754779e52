using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Features.Orders;

/// <summary>Each dealership's time zone (an IANA id on the dealership); an unknown id falls back to UTC.</summary>
public sealed class DealershipZones(IReadOnlyDictionary<int, TimeZoneInfo> zones)
{
    public TimeZoneInfo Of(int dealershipId) => zones.TryGetValue(dealershipId, out var zone) ? zone : TimeZoneInfo.Utc;

    public static async Task<DealershipZones> LoadAsync(IDbContextFactory<PortalDbContext> dbFactory, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = await db.Dealerships.AsNoTracking().Select(d => new { d.Id, d.TimeZoneId }).ToListAsync(ct);
        return new DealershipZones(ids.ToDictionary(d => d.Id, d => Find(d.TimeZoneId)));
    }

    public static TimeZoneInfo Find(string? id) =>
        !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
