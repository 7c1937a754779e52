using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Data;

namespace Portal.Features.Customers.Index;

/// <summary>
/// The index's provider-specific SQL (SQLite here; PostgreSQL in its twin, <see cref="CustomerIndexPostgresSql"/>, which
/// each statement hands over to): a batch of mapped rows goes in as one JSON parameter read
/// with json_each (set-based; a row-by-row tracked EF upsert was most of sync's time). Values are written in EF's own
/// storage format (dates as EF's text, enums as names, booleans as 0/1), so EF reads them as it wrote them. Each row
/// carries a hash of its content: a row whose hash the index already holds is unchanged and is not written.
/// </summary>
internal static class CustomerIndexSql
{
    // EF Core's (and Microsoft.Data.Sqlite's) text format for DateTimeOffset.
    private const string DateFormat = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz";

    // Column and JSON property of every content column the mapper sets (not the link columns, not IndexedUtc).
    internal static readonly (string Column, string Json)[] Content =
    [
        ("Vendor", "v"), ("ConnectionId", "c"), ("DealershipId", "d"), ("ExternalId", "x"), ("FirstName", "fn"),
        ("LastName", "ln"), ("CompanyName", "cn"), ("DisplayName", "dn"), ("Emails", "em"), ("Phones", "ph"),
        ("Vins", "vi"), ("ForeignIds", "fi"), ("SearchText", "st"), ("AddressLine1", "a1"), ("City", "ci"),
        ("State", "sa"), ("PostalCode", "pc"), ("DateOfBirthHash", "dob"), ("LicenceHash", "lic"),
        ("LastModifiedUtc", "lm"), ("VersionToken", "vt"), ("Disabled", "dis"), ("DoNotContact", "dnc"),
        ("MergedIntoExternalId", "mi"), ("Deleted", "del"), ("SnapshotJson", "sj"), ("ContentHash", "h"),
    ];

    internal static readonly string Columns = string.Join(", ", Content.Select(c => $"\"{c.Column}\""));
    private static readonly string Values = string.Join(", ", Content.Select(c => Value(c.Json)));
    private static readonly string Assignments = string.Join(", ", Content.Select(c => $"\"{c.Column}\" = {Value(c.Json)}"));

    // Rows of the batch the index does not hold yet; numbered in batch order, which gives each its new person's id.
    private const string NewRows = """
        FROM json_each(@rows) AS j
        WHERE NOT EXISTS (SELECT 1 FROM "IndexedCustomers" AS c WHERE c."SourceRef" = j.value ->> '$.r')
        """;

    private const string Number = "@firstPerson + row_number() OVER (ORDER BY j.key)";

    /// <summary>The batch as the JSON array the statements below read (one object per row, in batch order).</summary>
    public static string Json(IEnumerable<IndexedCustomer> rows)
    {
        var json = new StringBuilder("[");
        foreach (var r in rows)
        {
            var content = JsonSerializer.Serialize(new Dictionary<string, object?>
            {
                ["r"] = r.SourceRef, ["v"] = r.Vendor.ToString(), ["c"] = r.ConnectionId, ["d"] = r.DealershipId, ["x"] = r.ExternalId,
                ["fn"] = r.FirstName, ["ln"] = r.LastName, ["cn"] = r.CompanyName, ["dn"] = r.DisplayName, ["em"] = r.Emails,
                ["ph"] = r.Phones, ["vi"] = r.Vins, ["fi"] = r.ForeignIds, ["st"] = r.SearchText, ["a1"] = r.AddressLine1,
                ["ci"] = r.City, ["sa"] = r.State, ["pc"] = r.PostalCode, ["dob"] = r.DateOfBirthHash, ["lic"] = r.LicenceHash,
                ["lm"] = Date(r.LastModifiedUtc), ["vt"] = r.VersionToken, ["dis"] = r.Disabled, ["dnc"] = r.DoNotContact,
                ["mi"] = r.MergedIntoExternalId, ["del"] = r.Deleted, ["sj"] = r.SnapshotJson, ["sort"] = SearchFolding.Fold(r.DisplayName),
            });
            var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
            json.Append(json.Length > 1 ? "," : "").Append(content, 0, content.Length - 1).Append(",\"h\":\"").Append(hash).Append("\"}");
        }
        return json.Append(']').ToString();
    }

    /// <summary>Rewrites the rows whose content hash differs from the batch's and marks them for linking; others are
    /// not touched (a re-run writes nothing). Returns how many changed.</summary>
    public static Task<int> UpdateChangedAsync(PortalDbContext db, string rows, DateTimeOffset now, CancellationToken ct) =>
        db.Database.IsNpgsql() ? CustomerIndexPostgresSql.UpdateChangedAsync(db, rows, now, ct) : ExecuteAsync(db, $"""
            UPDATE "IndexedCustomers" SET {Assignments}, "IndexedUtc" = @now, "LinkPending" = 1
            FROM json_each(@rows) AS j
            WHERE "IndexedCustomers"."SourceRef" = j.value ->> '$.r' AND "IndexedCustomers"."ContentHash" IS NOT j.value ->> '$.h'
            """, ct, ("@rows", rows), ("@now", Date(now)));

    /// <summary>Inserts the rows the index does not hold, each with its own new person (linking joins them later);
    /// returns how many rows were added.</summary>
    public static async Task<int> InsertNewAsync(PortalDbContext db, string rows, DateTimeOffset now, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            return await CustomerIndexPostgresSql.InsertNewAsync(db, rows, now, ct);
        }
        // People ids are given explicitly: above any id ever used (AUTOINCREMENT's sequence), so none is reused.
        var firstPerson = await db.Database.SqlQueryRaw<long>("""
            SELECT max(coalesce((SELECT max("Id") FROM "People"), 0),
                       coalesce((SELECT "seq" FROM sqlite_sequence WHERE "name" = 'People'), 0)) AS "Value"
            """).SingleAsync(ct);
        await ExecuteAsync(db, $"""
            INSERT INTO "People" ("Id", "DealershipId", "DisplayName", "SortName", "LastActivityUtc", "RecordCount")
            SELECT {Number}, {Value("d")}, {Value("dn")}, {Value("sort")}, {Value("lm")}, 1
            {NewRows}
            """, ct, ("@rows", rows), ("@firstPerson", firstPerson));
        return await ExecuteAsync(db, $"""
            INSERT INTO "IndexedCustomers" ("SourceRef", {Columns}, "IndexedUtc", "PersonId", "LinkScore", "LinkRules", "LinkStatus", "LinkPending")
            SELECT j.value ->> '$.r', {Values}, @now, {Number}, 0, '', 'Single', 1
            {NewRows}
            """, ct, ("@rows", rows), ("@now", Date(now)), ("@firstPerson", firstPerson));
    }

    private static string Value(string json) => $"j.value ->> '$.{json}'";

    private static string? Date(DateTimeOffset? value) => value?.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static Task<int> ExecuteAsync(PortalDbContext db, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        db.Database.ExecuteSqlRawAsync(sql, parameters.Select(p => new SqliteParameter(p.Name, p.Value ?? DBNull.Value)), ct);
}
