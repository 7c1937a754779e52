using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Customers.Index;

namespace Portal.Features.Customers.Linking;

/// <summary>The database side of linking: blocking keys, candidates, the working set and the decisions about it.</summary>
public sealed class LinkStore
{
    /// <summary>A key shared by more records than this is a placeholder ("none@none.com", a dealer's own phone), not evidence.</summary>
    public const int MaxBlockSize = 100;

    public async Task ReplaceKeysAsync(PortalDbContext db, IReadOnlyList<LinkRecord> records, CancellationToken ct)
    {
        var ids = records.Select(r => r.Id).ToList();
        await db.Set<CustomerMatchKey>().Where(k => ids.Contains(k.CustomerId)).ExecuteDeleteAsync(ct);
        await LinkingSql.InsertKeysAsync(db, records.SelectMany(r => MatchKeys.For(r).Distinct(StringComparer.Ordinal)
            .Select(key => new CustomerMatchKey { CustomerId = r.Id, DealershipId = r.DealershipId, Key = key })), ct);
    }

    /// <summary>For each record, the records of its dealership sharing one of its keys (itself included).</summary>
    public async Task<Dictionary<long, List<long>>> CandidatesAsync(PortalDbContext db, IReadOnlyList<LinkRecord> records, CancellationToken ct)
    {
        var result = new Dictionary<long, List<long>>();
        foreach (var dealership in records.GroupBy(r => r.DealershipId))
        {
            var keysOf = dealership.ToDictionary(r => r.Id, r => MatchKeys.For(r).Distinct(StringComparer.Ordinal).ToList());
            var keys = keysOf.Values.SelectMany(k => k).Distinct(StringComparer.Ordinal).ToList();
            var hits = await db.Set<CustomerMatchKey>().AsNoTracking()
                .Where(k => k.DealershipId == dealership.Key && keys.Contains(k.Key))
                .Select(k => new { k.Key, k.CustomerId }).ToListAsync(ct);
            var blocks = hits.GroupBy(h => h.Key, StringComparer.Ordinal).Where(g => g.Count() <= MaxBlockSize)
                .ToDictionary(g => g.Key, g => g.Select(h => h.CustomerId).ToList(), StringComparer.Ordinal);
            foreach (var (id, own) in keysOf)
            {
                result[id] = own.SelectMany(k => blocks.GetValueOrDefault(k) ?? []).Distinct().ToList();
            }
        }
        return result;
    }

    /// <summary>The records, the candidates, and every member of their people.</summary>
    public async Task<List<LinkRecord>> WorkingSetAsync(
        PortalDbContext db, IReadOnlyList<LinkRecord> records, IEnumerable<long> candidateIds, CancellationToken ct)
    {
        var ids = candidateIds.Except(records.Select(r => r.Id)).ToList();
        var candidates = await LinkRecord.From(db.Set<IndexedCustomer>().AsNoTracking().Where(c => ids.Contains(c.Id))).ToListAsync(ct);
        var people = records.Concat(candidates).Select(r => r.PersonId).Distinct().ToList();
        var members = await LinkRecord.From(db.Set<IndexedCustomer>().AsNoTracking().Where(c => people.Contains(c.PersonId))).ToListAsync(ct);
        return records.Concat(candidates).Concat(members).DistinctBy(r => r.Id).ToList();
    }

    public async Task<LinkDecisions> DecisionsAsync(PortalDbContext db, IReadOnlyList<LinkRecord> records, CancellationToken ct)
    {
        var refs = records.Select(r => r.SourceRef).ToList();
        var decisions = await db.Set<LinkDecision>().AsNoTracking()
            .Where(d => refs.Contains(d.SourceRefA) || refs.Contains(d.SourceRefB)).ToListAsync(ct);
        return new LinkDecisions(decisions);
    }
}
