using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Customers.Index;

namespace Portal.Features.Customers.Linking;

/// <summary>Writes a finished <see cref="LinkPlan"/>: new people, records' person and link, people's summaries.</summary>
internal static class LinkPlanWriter
{
    public static async Task ApplyAsync(
        PortalDbContext db, LinkPlan plan, IReadOnlyDictionary<long, LinkEvidence?> links, IReadOnlyList<long> linkedIds, CancellationToken ct)
    {
        var created = plan.Affected.Where(id => id < 0 && plan.MembersOf(id).Count > 0)
            .ToDictionary(id => id, id => new Person { DealershipId = plan.Record(plan.MembersOf(id).First()).DealershipId });
        db.AddRange(created.Values);
        await db.SaveChangesAsync(ct);
        long Real(long id) => id < 0 ? created[id].Id : id;

        var linked = linkedIds.ToHashSet();
        await LinkingSql.UpdateLinksAsync(db, links.Keys.Union(linked).Select(id => links.TryGetValue(id, out var link)
            ? new RecordLink(id, Real(plan.PersonOf(id)), (link?.Status ?? (plan.WasSplit(id) ? LinkStatus.Split : LinkStatus.Single)).ToString(),
                link?.Score ?? 0, link?.RulesText ?? "", linked.Contains(id))
            : new RecordLink(id, Real(plan.PersonOf(id)), null, null, null, linked.Contains(id))), ct);

        var existing = plan.Affected.Where(id => id > 0).ToList();
        var people = await db.Set<Person>().Where(p => existing.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        foreach (var (id, person) in people.Select(kv => (kv.Key, kv.Value)).Concat(created.Select(kv => (kv.Key, kv.Value))))
        {
            var members = plan.MembersOf(id).Select(plan.Record).ToList();
            if (members.Count == 0)
            {
                db.Remove(person);
                continue;
            }
            person.RecordCount = members.Count;
            person.DisplayName = BestName(members);
            person.LastActivityUtc = members.Max(m => m.LastModifiedUtc);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The name most of the person's live records agree on; the longest (fullest) among equals.</summary>
    private static string BestName(IReadOnlyList<LinkRecord> members) =>
        (members.Any(m => !m.Deleted) ? members.Where(m => !m.Deleted) : members)
            .GroupBy(m => m.DisplayName, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key.Length).ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;
}
