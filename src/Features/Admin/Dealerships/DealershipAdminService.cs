using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Vendors;

namespace Portal.Features.Admin.Dealerships;

/// <summary>Creates, renames and sets the time zone of dealerships. Admins only, checked here.</summary>
public sealed class DealershipAdminService(AdminGuard guard, IDbContextFactory<PortalDbContext> dbFactory, IAuditLog audit)
{
    public async Task<IReadOnlyList<DealershipRow>> ListAsync(CancellationToken ct = default)
    {
        await guard.DemandAsync("list dealerships", ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var members = (await (from ud in db.UserDealerships join u in db.Users on ud.UserId equals u.Id
                select new { ud.DealershipId, Name = u.DisplayName == "" ? u.Email : u.DisplayName }).ToListAsync(ct))
            .ToLookup(m => m.DealershipId, m => m.Name ?? "");
        var connections = (await db.Connections.AsNoTracking().Select(c => new { c.DealershipId, c.Vendor, c.Name, c.Enabled }).ToListAsync(ct))
            .ToLookup(c => c.DealershipId, c => $"{c.Vendor.DisplayName()} · {c.Name}{(c.Enabled ? "" : " (disabled)")}");
        return (await db.Dealerships.AsNoTracking().ToListAsync(ct))
            .OrderBy(d => d.Name, StringComparer.CurrentCultureIgnoreCase)
            .Select(d => new DealershipRow(d.Id, d.Name, d.TimeZoneId,
                members[d.Id].Order(StringComparer.CurrentCultureIgnoreCase).ToList(),
                connections[d.Id].Order(StringComparer.CurrentCultureIgnoreCase).ToList()))
            .ToList();
    }

    public async Task<int> CreateAsync(DealershipInput input, CancellationToken ct = default)
    {
        await guard.DemandAsync("create dealerships", ct);
        InputValidation.Check(input);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var name = input.Name.Trim();
        await EnsureNameFreeAsync(db, name, null, ct);
        var dealership = new Dealership { Name = name, TimeZoneId = input.TimeZoneId };
        db.Dealerships.Add(dealership);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditActions.DealershipCreated)
        {
            Target = Target(dealership), DealershipId = dealership.Id,
            Changes = [new("name", null, name), new("timeZone", null, dealership.TimeZoneId)],
        }, ct);
        return dealership.Id;
    }

    public async Task UpdateAsync(int id, DealershipInput input, CancellationToken ct = default)
    {
        await guard.DemandAsync("edit dealerships", ct);
        InputValidation.Check(input);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dealership = await db.Dealerships.SingleOrDefaultAsync(d => d.Id == id, ct)
            ?? throw new AdminRuleException("That dealership no longer exists.");
        var name = input.Name.Trim();
        await EnsureNameFreeAsync(db, name, id, ct);
        var changes = new List<AuditChange>();
        if (dealership.Name != name)
        {
            changes.Add(new("name", dealership.Name, name));
        }
        if (dealership.TimeZoneId != input.TimeZoneId)
        {
            changes.Add(new("timeZone", dealership.TimeZoneId, input.TimeZoneId));
        }
        if (changes.Count == 0)
        {
            return;
        }
        dealership.Name = name;
        dealership.TimeZoneId = input.TimeZoneId;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditActions.DealershipUpdated)
        {
            Target = Target(dealership), DealershipId = id, Changes = changes,
        }, ct);
    }

    private static AuditTarget Target(Dealership dealership) => new(AuditTargetTypes.Dealership, dealership.Id.ToString(), dealership.Name);

    /// <summary>Names are unique (index); checked first so the admin gets a sentence rather than a constraint error.</summary>
    private static async Task EnsureNameFreeAsync(PortalDbContext db, string name, int? exceptId, CancellationToken ct)
    {
        var lower = name.ToLower();
        if (await db.Dealerships.AnyAsync(d => d.Name.ToLower() == lower && d.Id != exceptId, ct))
        {
            throw new AdminRuleException($"A dealership named {name} already exists.");
        }
    }
}
