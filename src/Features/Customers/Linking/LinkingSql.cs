using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Features.Customers.Linking;

/// <summary>
/// The linking feature's provider-specific SQL, kept in this one file: set-based writes that pass a whole batch as one
/// JSON parameter read with json_each on SQLite, jsonb_array_elements on PostgreSQL (a row-by-row EF insert of the
/// blocking keys was most of linking's time).
/// </summary>
internal static class LinkingSql
{
    /// <summary>Inserts blocking keys: [{"c": customer id, "d": dealership id, "k": key}, ...].</summary>
    public static Task<int> InsertKeysAsync(PortalDbContext db, IEnumerable<CustomerMatchKey> keys, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(keys.Select(k => new { c = k.CustomerId, d = k.DealershipId, k = k.Key }));
        if (db.Database.IsNpgsql())
        {
            return db.Database.ExecuteSqlAsync($"""
                INSERT INTO "CustomerMatchKeys" ("CustomerId", "DealershipId", "Key")
                SELECT (j ->> 'c')::bigint, (j ->> 'd')::integer, j ->> 'k' FROM jsonb_array_elements({json}::jsonb) AS j
                """, ct);
        }
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
        if (db.Database.IsNpgsql())
        {
            return db.Database.ExecuteSqlAsync($"""
                UPDATE "IndexedCustomers" AS c SET
                    "PersonId" = (j ->> 'p')::bigint,
                    "LinkStatus" = coalesce(j ->> 's', c."LinkStatus"),
                    "LinkScore" = coalesce((j ->> 'sc')::double precision, c."LinkScore"),
                    "LinkRules" = coalesce(j ->> 'r', c."LinkRules"),
                    "LinkPending" = CASE WHEN j ->> 'done' = '1' THEN false ELSE c."LinkPending" END
                FROM jsonb_array_elements({json}::jsonb) AS j
                WHERE c."Id" = (j ->> 'id')::bigint
                """, ct);
        }
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
