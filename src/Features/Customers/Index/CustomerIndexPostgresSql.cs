using Microsoft.EntityFrameworkCore;
using Npgsql;
using Portal.Data;

namespace Portal.Features.Customers.Index;

/// <summary>
/// The PostgreSQL twin of <see cref="CustomerIndexSql"/>: the same batch JSON, read with jsonb_array_elements, each value
/// cast to its column's type; the same content-hash test (IS DISTINCT FROM) and the same explicit person ids, after
/// which the People identity sequence is moved past them so EF's own inserts never reuse one.
/// </summary>
internal static class CustomerIndexPostgresSql
{
    private static readonly Dictionary<string, string> Types = new()
    {
        ["ConnectionId"] = "integer", ["DealershipId"] = "integer", ["LastModifiedUtc"] = "timestamptz",
        ["Disabled"] = "boolean", ["DoNotContact"] = "boolean", ["Deleted"] = "boolean",
    };

    private static readonly string Values = string.Join(", ", CustomerIndexSql.Content.Select(c => Value(c.Json, Types.GetValueOrDefault(c.Column))));

    private static readonly string Assignments = string.Join(", ",
        CustomerIndexSql.Content.Select(c => $"\"{c.Column}\" = {Value(c.Json, Types.GetValueOrDefault(c.Column))}"));

    private const string NewRows = """
        FROM jsonb_array_elements(@rows::jsonb) WITH ORDINALITY AS e(j, n)
        WHERE NOT EXISTS (SELECT 1 FROM "IndexedCustomers" AS c WHERE c."SourceRef" = j ->> 'r')
        """;

    private const string Number = "@firstPerson + row_number() OVER (ORDER BY n)";

    private const string PeopleSequence = "pg_get_serial_sequence('\"People\"', 'Id')";

    public static Task<int> UpdateChangedAsync(PortalDbContext db, string rows, DateTimeOffset now, CancellationToken ct) =>
        ExecuteAsync(db, $"""
            UPDATE "IndexedCustomers" AS t SET {Assignments}, "IndexedUtc" = @now, "LinkPending" = true
            FROM jsonb_array_elements(@rows::jsonb) AS j
            WHERE t."SourceRef" = j ->> 'r' AND t."ContentHash" IS DISTINCT FROM j ->> 'h'
            """, ct, ("@rows", rows), ("@now", now.ToUniversalTime()));

    public static async Task<int> InsertNewAsync(PortalDbContext db, string rows, DateTimeOffset now, CancellationToken ct)
    {
        var firstPerson = await db.Database.SqlQueryRaw<long>($"""
            SELECT GREATEST(COALESCE((SELECT max("Id") FROM "People"), 0),
                            COALESCE(pg_sequence_last_value({PeopleSequence}::regclass), 0)) AS "Value"
            """).SingleAsync(ct);
        var people = await ExecuteAsync(db, $"""
            INSERT INTO "People" ("Id", "DealershipId", "DisplayName", "SortName", "LastActivityUtc", "RecordCount")
            SELECT {Number}, {Value("d", "integer")}, {Value("dn")}, {Value("sort")}, {Value("lm", "timestamptz")}, 1
            {NewRows}
            """, ct, ("@rows", rows), ("@firstPerson", firstPerson));
        if (people > 0)
        {
            await ExecuteAsync(db, $"SELECT setval({PeopleSequence}, @last)", ct, ("@last", firstPerson + people));
        }
        return await ExecuteAsync(db, $"""
            INSERT INTO "IndexedCustomers" ("SourceRef", {CustomerIndexSql.Columns}, "IndexedUtc", "PersonId", "LinkScore", "LinkRules", "LinkStatus", "LinkPending")
            SELECT j ->> 'r', {Values}, @now, {Number}, 0, '', 'Single', true
            {NewRows}
            """, ct, ("@rows", rows), ("@now", now.ToUniversalTime()), ("@firstPerson", firstPerson));
    }

    private static string Value(string json, string? type = null) => type is null ? $"j ->> '{json}'" : $"(j ->> '{json}')::{type}";

    private static Task<int> ExecuteAsync(PortalDbContext db, string sql, CancellationToken ct, params (string Name, object? Value)[] parameters) =>
        db.Database.ExecuteSqlRawAsync(sql, parameters.Select(p => new NpgsqlParameter(p.Name, p.Value ?? DBNull.Value)), ct);
}
