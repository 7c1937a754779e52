using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Portal.Features.Customers.Search;

/// <summary>Picks the search statements for the database's provider: SQLite's FTS5 (<see cref="CustomerSearchSql"/>)
/// or PostgreSQL's trigram twin (<see cref="CustomerSearchPostgresSql"/>).</summary>
internal static class CustomerSearchDialect
{
    /// <summary>The search statements for the database's provider.</summary>
    public static ICustomerSearchSql For(DatabaseFacade database) =>
        database.IsNpgsql() ? CustomerSearchPostgresSql.Instance : SqliteDialect.Instance;

    private sealed class SqliteDialect : ICustomerSearchSql
    {
        public static readonly SqliteDialect Instance = new();

        public string MatchAll(IEnumerable<string> terms) => CustomerSearchSql.MatchAll(terms);

        public SqlStatement CountMatches(string match, int limit) => CustomerSearchSql.CountMatches(match, limit);

        public SqlStatement Page(SearchSqlPlan plan) => CustomerSearchSql.Page(plan);

        public SqlStatement Records(IReadOnlyList<long> personIds, IReadOnlyList<int>? dealershipIds) =>
            CustomerSearchSql.Records(personIds, dealershipIds);

        public SqlStatement WalkWindow(SearchSqlPlan plan, int budget) => CustomerSearchSql.WalkWindow(plan, budget);

        public SqlStatement CountPrefix(SearchSqlPlan plan, int limit) => CustomerSearchSql.CountPrefix(plan, limit);
    }
}

/// <summary>One provider's search statements (the match expression is that provider's own, from its MatchAll).</summary>
internal interface ICustomerSearchSql
{
    string MatchAll(IEnumerable<string> terms);

    SqlStatement CountMatches(string match, int limit);

    SqlStatement Page(SearchSqlPlan plan);

    SqlStatement Records(IReadOnlyList<long> personIds, IReadOnlyList<int>? dealershipIds);

    SqlStatement WalkWindow(SearchSqlPlan plan, int budget);

    SqlStatement CountPrefix(SearchSqlPlan plan, int limit);
}
