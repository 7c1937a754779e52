using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Audit;

namespace Portal.IntegrationTests.Audit;

/// <summary>
/// Keyset paging stays fast at any size when every filter's page is one index range read in order: SQLite's plan
/// for each must search an index (or the rowid) and never sort into a temporary B-tree. (Timings at two million
/// rows are in the README; a plan does not depend on the machine.)
/// </summary>
public sealed class AuditQueryPlanTests : AuditStoreTests
{
    internal override async Task SeedAsync(AuditTestStore store)
    {
        await store.AppendAsync(30);
    }

    public static TheoryData<string, string> Filters => new()
    {
        { "", "" },
        { "from=2020-01-01&to=2099-12-31", "rowid" },
        { "action=customer.viewed", "IX_AuditEntries_Action_Sequence" },
        { "actor=user-1&from=2020-01-01", "IX_AuditEntries_ActorId_Sequence" },
        { "outcome=Denied", "IX_AuditEntries_Outcome_Sequence" },
        { "dealership=1", "IX_AuditEntries_DealershipId_Sequence" },
        { "targetType=customer&targetId=drivly:3", "IX_AuditEntries_TargetType_TargetId_Sequence" },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task PageQuery_Filter_SearchesOneIndexInOrderWithoutSorting(string query, string index)
    {
        var filter = AuditFilter.FromQuery(new Microsoft.AspNetCore.Http.QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(query)));
        Assert.NotNull(filter);
        await using var db = await Store.App.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        var page = AuditQuery.NewestFirst(await AuditQuery.FilterAsync(db, filter), olderThan: 20, take: 51);

        var plan = await PlanAsync(db, page);

        Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE"));
        Assert.Contains(plan, step => step.Contains(index));
    }

    private static async Task<List<string>> PlanAsync(PortalDbContext db, IQueryable<AuditEntry> query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        await using var reader = await command.ExecuteReaderAsync();
        var steps = new List<string>();
        while (await reader.ReadAsync())
        {
            steps.Add(reader.GetString(3));
        }
        return steps;
    }
}
