using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Security;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Index;

internal sealed class CustomerDirectory(IDbContextFactory<PortalDbContext> dbFactory) : ICustomerDirectory
{
    public async Task<PersonView?> GetPersonAsync(UserContext user, long personId, CancellationToken ct = default)
    {
        user.Demand(PortalPolicies.Customers);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var person = await Scoped(db.Set<Person>(), user).AsNoTracking()
            .Include(p => p.Records).FirstOrDefaultAsync(p => p.Id == personId, ct);
        if (person is null)
        {
            return null;
        }
        var records = person.Records
            .OrderBy(r => r.Deleted).ThenBy(r => r.Vendor).ThenBy(r => r.SourceRef, StringComparer.Ordinal)
            .Select(r => IndexedCustomerMapper.Snapshot(r) is { } snapshot
                ? new PersonRecord(snapshot, r.IndexedUtc, r.Deleted, r.LinkScore, r.LinkRules, r.LinkStatus.ToString())
                : null)
            .OfType<PersonRecord>()
            .ToList();
        return new PersonView(person.Id, person.DisplayName, person.DealershipId, records);
    }

    public async Task<long?> PersonOfAsync(UserContext user, SourceRef source, CancellationToken ct = default)
    {
        user.Demand(PortalPolicies.Customers);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var key = source.ToString();
        var query = db.Set<IndexedCustomer>().AsNoTracking().Where(c => c.SourceRef == key);
        if (!user.IsAdmin)
        {
            query = query.Where(c => user.DealershipIds.Contains(c.DealershipId));
        }
        return await query.Select(c => (long?)c.PersonId).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<Person> Scoped(IQueryable<Person> people, UserContext user) =>
        user.IsAdmin ? people : people.Where(p => user.DealershipIds.Contains(p.DealershipId));
}
