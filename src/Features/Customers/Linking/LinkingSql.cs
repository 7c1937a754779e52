using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Features.Customers.Linking;

/// <summary>
/// The linking feature's SQLite-specific SQL, kept in this one file: set-based writes that pass a whole batch as one
/// JSON parameter read with json_each (a row-by-row EF insert of the blocking keys was most of linking's time).
/// </summary>
internal static class LinkingSql
{
    /// <summary>Inserts blocking keys: [{"c": customer id, "d": dealership id, "k": key}, ...].</summary>
    public static Task<int> InsertKeysAsync(PortalDbContext db, IEnumerable<CustomerMatchKey> keys, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(keys.Select(k => new { c = k.CustomerId, d = k.DealershipId, k = k.Key }));
        return db.Database.ExecuteSqlAsync($"""
            INSERT INTO "CustomerMatchKeys" ("CustomerId", "DealershipId", "Key")
            SELECT j.value ->> '$.c', j.value ->> '$.d', j.value ->> '$.k' FROM json_each({json}) AS j
            """, ct);
    }

    /// <summary>
    /// Sets each record's person, and its link (status, score, rules) where given, clearing the pending flag of those
    /// marked done: [{"id", "p", "s"?, "sc"?, "r"?, "done"}, ...].
    /// </summary>
    public static Task<int> UpdateLinksAsync(PortalDbContext db, IEnumerable<RecordLink> links, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(links.Select(l => new { id = l.Id, p = l.PersonId, s = l.Status, sc = l.Score, r = l.Rules, done = l.Linked ? 1 : 0 }));
        return db.Database.ExecuteSqlAsync($"""
            UPDATE "IndexedCustomers" SET
                "PersonId" = j.value ->> '$.p',
                "LinkStatus" = coalesce(j.value ->> '$.s', "LinkStatus"),
                "LinkScore" = coalesce(j.value ->> '$.sc', "LinkScore"),
                "LinkRules" = coalesce(j.value ->> '$.r', "LinkRules"),
                "LinkPending" = CASE WHEN j.value ->> '$.done' = 1 THEN 0 ELSE "LinkPending" END
            FROM json_each({json}) AS j
            WHERE "IndexedCustomers"."Id" = j.value ->> '$.id'
            """, ct);
    }
}

/// <summary>A record's new person and link; null link fields leave them as they are.</summary>
internal sealed record RecordLink(long Id, long PersonId, string? Status, double? Score, string? Rules, bool Linked);
