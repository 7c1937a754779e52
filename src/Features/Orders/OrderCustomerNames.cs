using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Customers.Index;
using Portal.Security;

namespace Portal.Features.Orders;

/// <summary>The index's person and name for each order's customer record, and the people a user may filter by.</summary>
public sealed class OrderCustomerNames(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<IReadOnlyList<OrderRow>> NameAsync(UserContext user, IReadOnlyList<OrderRow> rows, CancellationToken ct)
    {
        var keys = rows.Select(r => r.Order.Customer?.ToString()).OfType<string>().Distinct().ToList();
        if (keys.Count == 0)
        {
            return rows;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await Scoped(db, user).Where(c => keys.Contains(c.SourceRef))
            .Select(c => new { c.SourceRef, c.PersonId, Name = c.Person == null ? c.DisplayName : c.Person.DisplayName })
            .ToListAsync(ct);
        var byRef = found.ToDictionary(f => f.SourceRef, StringComparer.Ordinal);
        return rows.Select(r => r.Order.Customer?.ToString() is { } key && byRef.TryGetValue(key, out var f)
            ? r with { PersonId = f.PersonId, CustomerName = f.Name }
            : r).ToList();
    }

    public async Task<bool> CanSeePersonAsync(UserContext user, long personId, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Scoped(db, user).AnyAsync(c => c.PersonId == personId, ct);
    }

    /// <summary>Up to 20 people with Guardant or Walcu records whose name starts with <paramref name="text"/> (or this one person).</summary>
    public async Task<IReadOnlyList<OrderCustomerOption>> FindPeopleAsync(UserContext user, string? text, long? personId, CancellationToken ct)
    {
        var folded = SearchFolding.Fold(text ?? "");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var people = db.Set<Person>().AsNoTracking()
            .Where(p => p.Records.Any(r => !r.Deleted && (r.Vendor == Vendors.VendorKind.Guardant || r.Vendor == Vendors.VendorKind.Walcu)));
        if (!user.IsAdmin)
        {
            people = people.Where(p => user.DealershipIds.Contains(p.DealershipId));
        }
        if (personId is { } id)
        {
            people = people.Where(p => p.Id == id);
        }
        if (folded.Length > 0)
        {
            people = people.Where(p => p.SortName.StartsWith(folded));
        }
        return await people.OrderBy(p => p.SortName).Take(20).Select(p => new OrderCustomerOption(p.Id, p.DisplayName)).ToListAsync(ct);
    }

    private static IQueryable<IndexedCustomer> Scoped(PortalDbContext db, UserContext user)
    {
        var customers = db.Set<IndexedCustomer>().AsNoTracking();
        return user.IsAdmin ? customers : customers.Where(c => user.DealershipIds.Contains(c.DealershipId));
    }
}

/// <summary>A person to filter the orders by.</summary>
public sealed record OrderCustomerOption(long PersonId, string DisplayName);
