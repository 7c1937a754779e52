using System.Text;

namespace Portal.Features.Customers.Search;

/// <summary>
/// Customer search on PostgreSQL, statement for statement the twin of <see cref="CustomerSearchSql"/> (same plans, same
/// results). The trigram FTS5 match becomes LIKE '%term%' per term on the folded SearchText, served by a pg_trgm GIN
/// index: both mean "every term is a substring of one record", and the text and the terms are folded (lower case,
/// accents removed) by <see cref="Index.SearchFolding"/> on both providers, so diacritics never reach the database.
/// The activity sort key is text as on SQLite (<c>portal_activity_key</c>, indexed). The planner picks its own indexes.
/// </summary>
internal sealed class CustomerSearchPostgresSql : ICustomerSearchSql
{
    public static readonly CustomerSearchPostgresSql Instance = new();

    private const string ActivityKey = "portal_activity_key(p.\"LastActivityUtc\")";

    /// <summary>The trigram index, the activity key and its indexes, the walk's covering index (run by the migration).</summary>
    public const string Up = """
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        CREATE FUNCTION portal_activity_key(t timestamptz) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT COALESCE(to_char(t AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), '') $$;
        CREATE INDEX "IX_IndexedCustomers_SearchText_Trigram" ON "IndexedCustomers" USING gin ("SearchText" gin_trgm_ops);
        CREATE INDEX "IX_People_DealershipId_Activity" ON "People" ("DealershipId", portal_activity_key("LastActivityUtc"));
        CREATE INDEX "IX_People_Activity" ON "People" (portal_activity_key("LastActivityUtc"));
        CREATE INDEX "IX_IndexedCustomers_SearchWalk" ON "IndexedCustomers" ("PersonId", "Deleted", "Vendor");
        """;

    public const string Down = """
        DROP INDEX IF EXISTS "IX_IndexedCustomers_SearchWalk";
        DROP INDEX IF EXISTS "IX_People_Activity";
        DROP INDEX IF EXISTS "IX_People_DealershipId_Activity";
        DROP INDEX IF EXISTS "IX_IndexedCustomers_SearchText_Trigram";
        DROP FUNCTION IF EXISTS portal_activity_key(timestamptz);
        """;

    /// <summary>This dialect's match expression: the folded terms, one a line (folding turns every line break into a space).</summary>
    public string MatchAll(IEnumerable<string> terms) => string.Join('\n', terms);

    public SqlStatement CountMatches(string match, int limit)
    {
        var sql = new StringBuilder("SELECT count(*) FROM (SELECT 1 FROM \"IndexedCustomers\" AS c WHERE 1 = 1");
        var parameters = new List<KeyValuePair<string, object>>();
        CustomerSearchSql.AppendContains(sql, parameters, "c.\"SearchText\"", Terms(match), "m");
        sql.Append(" LIMIT @limit) AS m");
        parameters.Add(new("@limit", limit));
        return new SqlStatement(sql.ToString(), parameters);
    }

    public SqlStatement Page(SearchSqlPlan plan)
    {
        var sql = new StringBuilder();
        var parameters = new List<KeyValuePair<string, object>>();
        var key = Key(plan);
        var direction = plan.Descending ? "DESC" : "ASC";
        if (plan.Match is not { } match)
        {
            sql.Append(People(parameters, plan, key)).Append(" AND EXISTS (SELECT 1 FROM \"IndexedCustomers\" AS c WHERE c.\"PersonId\" = p.\"Id\" AND NOT c.\"Deleted\"");
            CustomerSearchSql.AppendIn(sql, parameters, "c.\"Vendor\"", "v", plan.Vendors);
            CustomerSearchSql.AppendContains(sql, parameters, "c.\"SearchText\"", plan.Contains);
            sql.Append($") ORDER BY {key} {direction}, p.\"Id\" {direction} LIMIT @take");
            parameters.Add(new("@take", plan.Take));
            return new SqlStatement(sql.ToString(), parameters);
        }
        sql.Append("WITH hits AS MATERIALIZED (SELECT DISTINCT c.\"PersonId\" AS \"PersonId\" FROM \"IndexedCustomers\" AS c WHERE NOT c.\"Deleted\"");
        CustomerSearchSql.AppendContains(sql, parameters, "c.\"SearchText\"", Terms(match), "m");
        CustomerSearchSql.AppendIn(sql, parameters, "c.\"DealershipId\"", "d", plan.DealershipIds);
        CustomerSearchSql.AppendIn(sql, parameters, "c.\"Vendor\"", "v", plan.Vendors);
        CustomerSearchSql.AppendContains(sql, parameters, "c.\"SearchText\"", plan.Contains);
        sql.Append(") ").Append(Select(key)).Append(" FROM hits JOIN \"People\" AS p ON p.\"Id\" = hits.\"PersonId\" WHERE 1 = 1");
        CustomerSearchSql.AppendIn(sql, parameters, "p.\"DealershipId\"", "pd", plan.DealershipIds);
        AppendOpenDataRequests(sql, plan);
        AppendAfter(sql, parameters, plan, key);
        sql.Append($" ORDER BY {key} {direction}, p.\"Id\" {direction} LIMIT @take");
        parameters.Add(new("@take", plan.Take));
        return new SqlStatement(sql.ToString(), parameters);
    }

    public SqlStatement Records(IReadOnlyList<long> personIds, IReadOnlyList<int>? dealershipIds)
    {
        var sql = new StringBuilder("SELECT c.\"PersonId\", c.\"Vendor\", c.\"Emails\", c.\"Phones\", c.\"LastModifiedUtc\" FROM \"IndexedCustomers\" AS c")
            .Append(" WHERE NOT c.\"Deleted\"");
        var parameters = new List<KeyValuePair<string, object>>();
        CustomerSearchSql.AppendIn(sql, parameters, "c.\"PersonId\"", "person", personIds);
        CustomerSearchSql.AppendIn(sql, parameters, "c.\"DealershipId\"", "d", dealershipIds);
        return new SqlStatement(sql.ToString(), parameters);
    }

    public SqlStatement WalkWindow(SearchSqlPlan plan, int budget)
    {
        var parameters = new List<KeyValuePair<string, object>>();
        var key = Key(plan);
        var (direction, reverse) = plan.Descending ? ("DESC", "ASC") : ("ASC", "DESC");
        var sql = new StringBuilder("SELECT w.\"SortKey\", w.\"Id\", count(*) OVER () FROM (").Append(People(parameters, plan, key))
            .Append($" ORDER BY {key} {direction}, p.\"Id\" {direction} LIMIT @budget) AS w ORDER BY w.\"SortKey\" {reverse}, w.\"Id\" {reverse} LIMIT 1");
        parameters.Add(new("@budget", budget));
        return new SqlStatement(sql.ToString(), parameters);
    }

    public SqlStatement CountPrefix(SearchSqlPlan plan, int limit)
    {
        var parameters = new List<KeyValuePair<string, object>>();
        var sql = new StringBuilder("SELECT count(*) FROM (").Append(People(parameters, plan with { After = null }, "p.\"SortName\""))
            .Append(" LIMIT @limit) AS n");
        parameters.Add(new("@limit", limit));
        return new SqlStatement(sql.ToString(), parameters);
    }

    private static string Key(SearchSqlPlan plan) => plan.ByActivity ? ActivityKey : "p.\"SortName\"";

    private static string Select(string key) =>
        $"SELECT p.\"Id\", p.\"DisplayName\", p.\"DealershipId\", p.\"LastActivityUtc\", {key} AS \"SortKey\"";

    private static string[] Terms(string match) => match.Split('\n');

    private static StringBuilder People(List<KeyValuePair<string, object>> parameters, SearchSqlPlan plan, string key)
    {
        var people = new StringBuilder(Select(key)).Append(" FROM \"People\" AS p WHERE 1 = 1");
        if (plan.Prefix is { Length: > 0 } prefix)
        {
            people.Append(" AND p.\"SortName\" >= @prefixLow AND p.\"SortName\" < @prefixHigh");
            parameters.Add(new("@prefixLow", prefix));
            parameters.Add(new("@prefixHigh", prefix[..^1] + (char)(prefix[^1] + 1)));
        }
        CustomerSearchSql.AppendIn(people, parameters, "p.\"DealershipId\"", "pd", plan.DealershipIds);
        AppendOpenDataRequests(people, plan);
        AppendAfter(people, parameters, plan, key);
        if (plan.Until is { } until)
        {
            people.Append($" AND ({key}, p.\"Id\") {(plan.Descending ? ">=" : "<=")} (@untilKey, @untilId)");
            parameters.Add(new("@untilKey", until.Key));
            parameters.Add(new("@untilId", until.PersonId));
        }
        return people;
    }

    private static void AppendOpenDataRequests(StringBuilder sql, SearchSqlPlan plan)
    {
        if (plan.OpenDataRequestsOnly)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM \"IndexedCustomers\" AS mk JOIN \"DataRequestItems\" AS r ON r.\"ConnectionId\" = mk.\"ConnectionId\"")
                .Append(" AND r.\"CustomerExternalId\" = mk.\"ExternalId\" WHERE mk.\"PersonId\" = p.\"Id\" AND mk.\"Vendor\" = 'MyKaarma' AND NOT mk.\"Deleted\"")
                .Append(" AND r.\"Status\" NOT IN ('COMPLETED', 'DECLINED'))");
        }
    }

    private static void AppendAfter(StringBuilder sql, List<KeyValuePair<string, object>> parameters, SearchSqlPlan plan, string key)
    {
        if (plan.After is { } after)
        {
            sql.Append($" AND ({key}, p.\"Id\") {(plan.Descending ? "<" : ">")} (@afterKey, @afterId)");
            parameters.Add(new("@afterKey", after.Key));
            parameters.Add(new("@afterId", after.PersonId));
        }
    }
}
