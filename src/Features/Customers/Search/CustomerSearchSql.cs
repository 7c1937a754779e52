using System.Text;

namespace Portal.Features.Customers.Search;

/// <summary>
/// Every SQLite-specific statement of customer search, in one place for the PostgreSQL port: the FTS5 trigram
/// index over IndexedCustomers.SearchText kept in step by triggers, the expression indexes for ordering by
/// activity, and the page queries. The migration runs <see cref="Up"/> and <see cref="Down"/>. PostgreSQL has its twin,
/// <see cref="CustomerSearchPostgresSql"/>; <see cref="CustomerSearchDialect.For"/> picks the one the database needs.
/// </summary>
internal static class CustomerSearchSql
{
    /// <summary>
    /// External-content FTS5 table (the text lives once, in IndexedCustomers) with the trigram tokenizer, which
    /// matches any substring of three or more characters: a name fragment, part of an email, phone digits, a VIN.
    /// Existing rows get a rough ASCII fold until the writer next rewrites them with the real one.
    /// </summary>
    public const string Up = """
        UPDATE IndexedCustomers SET SearchText = lower(trim(DisplayName || ' ' || Emails || ' ' || replace(Phones, '+', '')
            || ' ' || Vins || ' ' || ExternalId || ' ' || ForeignIds)) WHERE SearchText = '';
        UPDATE People SET SortName = lower(DisplayName) WHERE SortName = '';

        CREATE VIRTUAL TABLE CustomerSearch USING fts5(
            SearchText, content = 'IndexedCustomers', content_rowid = 'Id', tokenize = 'trigram remove_diacritics 1');
        INSERT INTO CustomerSearch(CustomerSearch) VALUES ('rebuild');

        CREATE TRIGGER IndexedCustomers_Search_Insert AFTER INSERT ON IndexedCustomers BEGIN
            INSERT INTO CustomerSearch(rowid, SearchText) VALUES (new.Id, new.SearchText);
        END;
        CREATE TRIGGER IndexedCustomers_Search_Delete AFTER DELETE ON IndexedCustomers BEGIN
            INSERT INTO CustomerSearch(CustomerSearch, rowid, SearchText) VALUES ('delete', old.Id, old.SearchText);
        END;
        CREATE TRIGGER IndexedCustomers_Search_Update AFTER UPDATE OF SearchText ON IndexedCustomers BEGIN
            INSERT INTO CustomerSearch(CustomerSearch, rowid, SearchText) VALUES ('delete', old.Id, old.SearchText);
            INSERT INTO CustomerSearch(rowid, SearchText) VALUES (new.Id, new.SearchText);
        END;

        CREATE INDEX IX_People_DealershipId_Activity ON People (DealershipId, IFNULL(LastActivityUtc, ''));
        CREATE INDEX IX_People_Activity ON People (IFNULL(LastActivityUtc, ''));
        CREATE INDEX IX_IndexedCustomers_SearchJoin ON IndexedCustomers (Id, Deleted, DealershipId, Vendor, PersonId);
        CREATE INDEX IX_IndexedCustomers_SearchWalk ON IndexedCustomers (PersonId, Deleted, Vendor, SearchText);
        """;

    public const string Down = """
        DROP INDEX IF EXISTS IX_IndexedCustomers_SearchWalk;
        DROP INDEX IF EXISTS IX_IndexedCustomers_SearchJoin;
        DROP INDEX IF EXISTS IX_People_Activity;
        DROP INDEX IF EXISTS IX_People_DealershipId_Activity;
        DROP TRIGGER IF EXISTS IndexedCustomers_Search_Update;
        DROP TRIGGER IF EXISTS IndexedCustomers_Search_Delete;
        DROP TRIGGER IF EXISTS IndexedCustomers_Search_Insert;
        DROP TABLE IF EXISTS CustomerSearch;
        """;

    /// <summary>How many records match, counting no further than <paramref name="limit"/> (cheap: index only).</summary>
    public static SqlStatement CountMatches(string match, int limit) => new(
        "SELECT count(*) FROM (SELECT rowid FROM CustomerSearch WHERE CustomerSearch MATCH @match LIMIT @limit)",
        [new("@match", match), new("@limit", limit)]);

    /// <summary>
    /// One page of people, ordered by the sort key then id, after the cursor (no OFFSET). With a full-text match
    /// the matching people are collected from the index first and sorted (cost grows with the matches: used when
    /// they are few). Otherwise a People index is walked in order, each person checked against their records, and
    /// the walk stops at the page size (prefixes, empty queries, and text that matches many, within a budget).
    /// </summary>
    public static SqlStatement Page(SearchSqlPlan plan)
    {
        var sql = new StringBuilder();
        var parameters = new List<KeyValuePair<string, object>>();
        var key = plan.ByActivity ? "IFNULL(p.LastActivityUtc, '')" : "p.SortName";
        var direction = plan.Descending ? "DESC" : "ASC";
        if (plan.Match is not { } match)
        {
            AppendWalk(sql, parameters, plan, key, direction);
            return new SqlStatement(sql.ToString(), parameters);
        }
        // The narrow covering index saves reading each wide IndexedCustomers row for the join.
        sql.Append("WITH hits AS MATERIALIZED (SELECT DISTINCT c.PersonId AS PersonId FROM CustomerSearch ")
            .Append("JOIN IndexedCustomers AS c INDEXED BY IX_IndexedCustomers_SearchJoin ON c.Id = CustomerSearch.rowid ")
            .Append("WHERE CustomerSearch MATCH @match AND c.Deleted = 0");
        parameters.Add(new("@match", match));
        AppendIn(sql, parameters, "c.DealershipId", "d", plan.DealershipIds);
        AppendIn(sql, parameters, "c.Vendor", "v", plan.Vendors);
        AppendContains(sql, parameters, "c.SearchText", plan.Contains);
        // CROSS JOIN fixes the order: the few hits drive, then one sort. Left to itself the planner would walk every
        // person of the dealership in name order and probe the hits (seconds at a million).
        sql.Append(") SELECT p.Id, p.DisplayName, p.DealershipId, p.LastActivityUtc, ").Append(key)
            .Append(" AS SortKey FROM hits CROSS JOIN People AS p ON p.Id = hits.PersonId WHERE 1 = 1");
        AppendIn(sql, parameters, "p.DealershipId", "pd", plan.DealershipIds);
        AppendOpenDataRequests(sql, plan);
        AppendAfter(sql, parameters, plan, key);
        sql.Append($" ORDER BY {key} {direction}, p.Id {direction} LIMIT @take");
        parameters.Add(new("@take", plan.Take));
        return new SqlStatement(sql.ToString(), parameters);
    }

    /// <summary>
    /// The live records of the page's people, for their sources and contacts. INDEXED BY: without statistics SQLite
    /// prefers the (DealershipId, LastModifiedUtc) index and reads the whole dealership (1.8 s at a million).
    /// </summary>
    public static SqlStatement Records(IReadOnlyList<long> personIds, IReadOnlyList<int>? dealershipIds)
    {
        var sql = new StringBuilder("SELECT c.PersonId, c.Vendor, c.Emails, c.Phones, c.LastModifiedUtc FROM IndexedCustomers AS c ")
            .Append("INDEXED BY IX_IndexedCustomers_PersonId WHERE c.Deleted = 0");
        var parameters = new List<KeyValuePair<string, object>>();
        AppendIn(sql, parameters, "c.PersonId", "person", personIds);
        AppendIn(sql, parameters, "c.DealershipId", "d", dealershipIds);
        return new SqlStatement(sql.ToString(), parameters);
    }

    /// <summary>An FTS5 query that matches every term as a literal substring (quotes doubled, so no operators).</summary>
    public static string MatchAll(IEnumerable<string> terms) =>
        string.Join(" AND ", terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    internal static void AppendIn<T>(StringBuilder sql, List<KeyValuePair<string, object>> parameters, string column, string prefix, IReadOnlyList<T>? values)
        where T : notnull
    {
        if (values is null || values.Count == 0)
        {
            return;
        }
        var names = values.Select((_, i) => $"@{prefix}{i}").ToList();
        sql.Append($" AND {column} IN ({string.Join(", ", names)})");
        parameters.AddRange(names.Zip(values, (n, v) => new KeyValuePair<string, object>(n, v is Enum e ? e.ToString() : v)));
    }

    /// <summary>
    /// People in sort order, each checked against their records; the walk stops at the page size (the order comes
    /// from the index, so nothing is sorted). <see cref="SearchSqlPlan.Until"/> bounds it to a window of people.
    /// </summary>
    private static void AppendWalk(StringBuilder sql, List<KeyValuePair<string, object>> parameters, SearchSqlPlan plan, string key, string direction)
    {
        sql.Append(People(parameters, plan, key)).Append(" AND EXISTS (SELECT 1 FROM IndexedCustomers AS c WHERE c.PersonId = p.Id AND c.Deleted = 0");
        AppendIn(sql, parameters, "c.Vendor", "v", plan.Vendors);
        AppendContains(sql, parameters, "c.SearchText", plan.Contains);
        sql.Append($") ORDER BY {key} {direction}, p.Id {direction} LIMIT @take");
        parameters.Add(new("@take", plan.Take));
    }

    /// <summary>
    /// The last of the next <paramref name="budget"/> people in sort order, and how many there are (fewer than the
    /// budget: the window reaches the end). Index only: no record is read.
    /// </summary>
    public static SqlStatement WalkWindow(SearchSqlPlan plan, int budget)
    {
        var parameters = new List<KeyValuePair<string, object>>();
        var key = plan.ByActivity ? "IFNULL(p.LastActivityUtc, '')" : "p.SortName";
        var (direction, reverse) = plan.Descending ? ("DESC", "ASC") : ("ASC", "DESC");
        var sql = new StringBuilder("SELECT w.SortKey, w.Id, count(*) OVER () FROM (").Append(People(parameters, plan, key))
            .Append($" ORDER BY {key} {direction}, p.Id {direction} LIMIT @budget) AS w ORDER BY w.SortKey {reverse}, w.Id {reverse} LIMIT 1");
        parameters.Add(new("@budget", budget));
        return new SqlStatement(sql.ToString(), parameters);
    }

    private static StringBuilder People(List<KeyValuePair<string, object>> parameters, SearchSqlPlan plan, string key)
    {
        var people = new StringBuilder("SELECT p.Id, p.DisplayName, p.DealershipId, p.LastActivityUtc, ").Append(key)
            .Append(" AS SortKey FROM People AS p ").Append(PeopleIndex(plan)).Append(" WHERE 1 = 1");
        if (plan.Prefix is { Length: > 0 } prefix)
        {
            people.Append(" AND p.SortName >= @prefixLow AND p.SortName < @prefixHigh");
            parameters.Add(new("@prefixLow", prefix));
            parameters.Add(new("@prefixHigh", prefix[..^1] + (char)(prefix[^1] + 1)));
        }
        AppendIn(people, parameters, "p.DealershipId", "pd", plan.DealershipIds);
        AppendOpenDataRequests(people, plan);
        AppendAfter(people, parameters, plan, key);
        if (plan.Until is { } until)
        {
            people.Append($" AND ({key}, p.Id) {(plan.Descending ? ">=" : "<=")} (@untilKey, @untilId)");
            parameters.Add(new("@untilKey", until.Key));
            parameters.Add(new("@untilId", until.PersonId));
        }
        return people;
    }

    /// <summary>
    /// The person has a myKaarma record whose customer has a vault item still open in the data-request queue (the
    /// queue's rows carry the profile's customer uuid, which is the indexed record's external id).
    /// </summary>
    private static void AppendOpenDataRequests(StringBuilder sql, SearchSqlPlan plan)
    {
        if (plan.OpenDataRequestsOnly)
        {
            sql.Append(" AND EXISTS (SELECT 1 FROM IndexedCustomers AS mk JOIN DataRequestItems AS r ON r.ConnectionId = mk.ConnectionId")
                .Append(" AND r.CustomerExternalId = mk.ExternalId WHERE mk.PersonId = p.Id AND mk.Vendor = 'MyKaarma' AND mk.Deleted = 0")
                .Append(" AND r.Status NOT IN ('COMPLETED', 'DECLINED'))");
        }
    }

    private static void AppendAfter(StringBuilder sql, List<KeyValuePair<string, object>> parameters, SearchSqlPlan plan, string key)
    {
        if (plan.After is { } after)
        {
            sql.Append($" AND ({key}, p.Id) {(plan.Descending ? "<" : ">")} (@afterKey, @afterId)");
            parameters.Add(new("@afterKey", after.Key));
            parameters.Add(new("@afterId", after.PersonId));
        }
    }

    /// <summary>How many people a prefix range holds, counting no further than <paramref name="limit"/> (index only).</summary>
    public static SqlStatement CountPrefix(SearchSqlPlan plan, int limit)
    {
        var parameters = new List<KeyValuePair<string, object>>();
        var sql = new StringBuilder("SELECT count(*) FROM (").Append(People(parameters, plan with { After = null, PrefixRangeFirst = true }, "p.SortName"))
            .Append(" LIMIT @limit)");
        parameters.Add(new("@limit", limit));
        return new SqlStatement(sql.ToString(), parameters);
    }

    /// <summary>
    /// A prefix sorted by activity: few people with it are sorted from the name index (the prefix bounds the rows);
    /// many are found sooner by walking the activity index, which the planner would not choose by itself.
    /// </summary>
    private static string PeopleIndex(SearchSqlPlan plan) => (plan.Prefix is { Length: > 0 }, plan.ByActivity, plan.PrefixRangeFirst, plan.DealershipIds) switch
    {
        (true, true, true, null) => "INDEXED BY IX_People_SortName",
        (true, true, true, _) => "INDEXED BY IX_People_DealershipId_SortName",
        (true, true, false, null) => "INDEXED BY IX_People_Activity",
        (true, true, false, _) => "INDEXED BY IX_People_DealershipId_Activity",
        _ => "",
    };

    /// <summary>Substring checks on the folded text; the same meaning as a trigram match of the same term.</summary>
    internal static void AppendContains(
        StringBuilder sql, List<KeyValuePair<string, object>> parameters, string column, IReadOnlyList<string> terms, string prefix = "like")
    {
        for (var i = 0; i < terms.Count; i++)
        {
            sql.Append($" AND {column} LIKE @{prefix}{i} ESCAPE '\\'");
            parameters.Add(new($"@{prefix}{i}", "%" + EscapeLike(terms[i]) + "%"));
        }
    }

    internal static string EscapeLike(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}

/// <summary>A statement and its named parameters.</summary>
internal sealed record SqlStatement(string Text, IReadOnlyList<KeyValuePair<string, object>> Parameters);

/// <summary>What one page query needs; DealershipIds null means every dealership (admins), empty is refused upstream.</summary>
internal sealed record SearchSqlPlan(
    string? Match,
    IReadOnlyList<string> Contains,
    string? Prefix,
    IReadOnlyList<int>? DealershipIds,
    IReadOnlyList<Vendors.VendorKind> Vendors,
    bool ByActivity,
    bool Descending,
    SearchCursor? After,
    int Take,
    SearchCursor? Until = null,
    bool PrefixRangeFirst = false,
    bool OpenDataRequestsOnly = false);
