using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Customers.Index;
using Portal.Security;
using Portal.Vendors;

namespace Portal.Features.Customers.Search;

/// <summary>
/// Searches the customer index for one user. The scope (the user's dealerships, narrowed by the dealership filter)
/// is part of the SQL itself, so a tampered filter or a forged id finds nothing of another dealership.
/// </summary>
public sealed class CustomerSearchQuery(IDbContextFactory<PortalDbContext> dbFactory, IConfiguration configuration)
{
    /// <summary>
    /// Above this many matching records (Customers:Search:BroadMatchThreshold), sorting every match costs more than
    /// walking people in order and checking each: about 1 µs a match either way, and at a million records 5,000
    /// matches mean a walk of about 5,000 people for 25 rows.
    /// </summary>
    private readonly int _broadMatchThreshold = configuration.GetValue("Customers:Search:BroadMatchThreshold", 5000);

    public async Task<CustomerSearchResult> SearchAsync(UserContext user, CustomerSearchRequest request, CancellationToken ct = default)
    {
        user.Demand(PortalPolicies.Customers);
        var terms = CustomerSearchTerms.Parse(request.Text);
        if (!TryScope(user, request.DealershipId, out var dealerships))
        {
            return CustomerSearchResult.Empty(terms.Kind);
        }
        var pageSize = Math.Clamp(request.PageSize, 1, CustomerSearchRequest.MaxPageSize);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (match, contains) = await ChooseAsync(db, terms, ct);
        var plan = new SearchSqlPlan(match, contains, terms.Prefix, dealerships, request.Sources.Distinct().ToList(),
            ByActivity: request.Sort is CustomerSort.RecentActivity or CustomerSort.OldestActivity,
            Descending: request.Sort is CustomerSort.NameDescending or CustomerSort.RecentActivity, request.After, pageSize + 1,
            OpenDataRequestsOnly: request.OpenDataRequestsOnly);
        var people = await ReadPageAsync(db, plan, terms, ct);
        var next = people.Count > pageSize ? new SearchCursor(people[pageSize - 1].SortKey, people[pageSize - 1].Id) : null;
        var page = people.Take(pageSize).ToList();
        var rows = await DescribeAsync(db, page, dealerships, ct);
        return new CustomerSearchResult(rows, next, terms.Kind);
    }

    /// <summary>
    /// A prefix sorted by activity: few people with it are sorted from the name index, many are found by walking
    /// the activity index. Broad text: the walk looks at the next <see cref="WalkBudget"/> people only; a page that
    /// is not full then falls back to collecting the matches through the full-text index (bounded by the matches).
    /// </summary>
    private static async Task<List<PersonHit>> ReadPageAsync(PortalDbContext db, SearchSqlPlan plan, CustomerSearchTerms terms, CancellationToken ct)
    {
        var sql = CustomerSearchDialect.For(db.Database);
        if (plan.Prefix is not null && plan.ByActivity)
        {
            await using var count = await CommandAsync(db, sql.CountPrefix(plan, PrefixSortLimit + 1), ct);
            var few = Convert.ToInt64(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) <= PrefixSortLimit;
            return await ReadPeopleAsync(db, sql.Page(plan with { PrefixRangeFirst = few }), ct);
        }
        if (plan.Match is not null || terms.Terms.Count == 0)
        {
            return await ReadPeopleAsync(db, sql.Page(plan), ct);
        }
        SearchCursor? until = null;
        long window = 0;
        await using (var command = await CommandAsync(db, sql.WalkWindow(plan, WalkBudget), ct))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct))
            {
                until = new SearchCursor(reader.GetString(0), reader.GetInt64(1));
                window = reader.GetInt64(2);
            }
        }
        var people = until is null ? [] : await ReadPeopleAsync(db, sql.Page(plan with { Until = until }), ct);
        if (people.Count == plan.Take || window < WalkBudget)
        {
            return people; // a full page, or the window reached the end: the answer is complete
        }
        return await ReadPeopleAsync(db, sql.Page(plan with { Match = sql.MatchAll(terms.Terms), Contains = terms.Contains }), ct);
    }

    /// <summary>How many people a walk looks at before falling back: about 10 ms of checks at a million records.</summary>
    public const int WalkBudget = 10_000;

    /// <summary>
    /// Up to this many people with a prefix are sorted by activity (each checked against their records, ~1-5 µs);
    /// more, and walking the activity index finds a page sooner (one in 2,000 of a million ≈ 13,000 cheap steps).
    /// </summary>
    public const int PrefixSortLimit = 2_000;

    /// <summary>Admins see every dealership (null); others their own; a filter outside that gives nothing.</summary>
    private static bool TryScope(UserContext user, int? requested, out IReadOnlyList<int>? scope)
    {
        if (requested is { } dealership)
        {
            scope = [dealership];
            return user.CanSeeDealership(dealership);
        }
        scope = user.IsAdmin ? null : user.DealershipIds;
        return scope is null || scope.Count > 0;
    }

    /// <summary>Few matches: collect them through the full-text index. Many: walk people and check the same terms.</summary>
    private async Task<(string? Match, IReadOnlyList<string> Contains)> ChooseAsync(PortalDbContext db, CustomerSearchTerms terms, CancellationToken ct)
    {
        if (terms.Terms.Count == 0)
        {
            return (null, terms.Contains);
        }
        var sql = CustomerSearchDialect.For(db.Database);
        var match = sql.MatchAll(terms.Terms);
        await using var count = await CommandAsync(db, sql.CountMatches(match, _broadMatchThreshold + 1), ct);
        return Convert.ToInt64(await count.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) <= _broadMatchThreshold
            ? (match, terms.Contains)
            : (null, [.. terms.Terms, .. terms.Contains]);
    }

    private static async Task<DbCommand> CommandAsync(PortalDbContext db, SqlStatement statement, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = statement.Text;
        foreach (var (name, value) in statement.Parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static async Task<List<PersonHit>> ReadPeopleAsync(PortalDbContext db, SqlStatement statement, CancellationToken ct)
    {
        await using var command = await CommandAsync(db, statement, ct);
        var hits = new List<PersonHit>();
        await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            hits.Add(new PersonHit(reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2),
                reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3), reader.GetString(4)));
        }
        return hits;
    }

    /// <summary>Sources and contacts of the page's people, from their live (not deleted) records.</summary>
    private static async Task<List<CustomerSearchRow>> DescribeAsync(
        PortalDbContext db, List<PersonHit> page, IReadOnlyList<int>? dealerships, CancellationToken ct)
    {
        if (page.Count == 0)
        {
            return [];
        }
        var records = new List<RecordHit>();
        await using (var command = await CommandAsync(db, CustomerSearchDialect.For(db.Database).Records([.. page.Select(p => p.Id)], dealerships), ct))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                records.Add(new RecordHit(reader.GetInt64(0), Enum.TryParse<VendorKind>(reader.GetString(1), out var vendor) ? vendor : null,
                    reader.GetString(2), reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4)));
            }
        }
        var byPerson = records.ToLookup(r => r.PersonId);
        return page.Select(p =>
        {
            var mine = byPerson[p.Id].ToList();
            return new CustomerSearchRow(
                p.Id, p.DisplayName, p.DealershipId,
                p.LastActivityUtc ?? mine.Max(r => r.LastModifiedUtc),
                mine.Select(r => r.Vendor).OfType<VendorKind>().Distinct().Order().ToList(),
                Split(mine.Select(r => r.Emails)),
                Split(mine.Select(r => r.Phones)));
        }).ToList();
    }

    private static List<string> Split(IEnumerable<string> joined) =>
        joined.SelectMany(j => j.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private sealed record RecordHit(long PersonId, VendorKind? Vendor, string Emails, string Phones, DateTimeOffset? LastModifiedUtc);

    private sealed record PersonHit(long Id, string DisplayName, int DealershipId, DateTimeOffset? LastActivityUtc, string SortKey);
}
