using System.Text.Json.Nodes;
using Portal.Vendors.Drivly;

namespace Portal.Tests.Vendors.Drivly;

public sealed class DrivlyWhereTests
{
    [Fact]
    public void ToPairs_OrOfEquals_PayloadBracketKeys()
    {
        var where = DrivlyWhere.Or(DrivlyWhere.Equal("customerId", "A"), DrivlyWhere.Equal("customerId", "B"));

        Assert.Equal(
            [new("where[or][0][customerId][equals]", "A"), new("where[or][1][customerId][equals]", "B")],
            where.ToPairs());
    }

    [Fact]
    public void ToPairs_DocWhereExample_SameQueryAsTheJson()
    {
        var where = DrivlyWhere.Or(
            DrivlyWhere.Equal("color", "mint"),
            DrivlyWhere.And(DrivlyWhere.Equal("color", "white"), DrivlyWhere.Equal("featured", "false")));

        Assert.Equal(Flatten("where", JsonNode.Parse(DocFixture.Text("drivly", "where-example.json"))), where.ToPairs());
    }

    [Fact]
    public void ToQueryString_Dates_UtcMillisecondsAndEscaped()
    {
        var where = DrivlyWhere.GreaterThanOrEqual("updatedAt", new DateTimeOffset(2026, 5, 1, 10, 30, 0, TimeSpan.FromHours(2)));

        Assert.Equal("where%5BupdatedAt%5D%5Bgreater_than_equal%5D=2026-05-01T08%3A30%3A00.000Z", where.ToQueryString());
    }

    [Fact]
    public void Query_Defaults_DepthOnePageOneLimitTen() =>
        Assert.Equal("?depth=1&limit=10&page=1&sort=-updatedAt", new DrivlyQuery { Sort = "-updatedAt" }.ToQueryString());

    // What qs.stringify does to a where object: one key per leaf, array items by position.
    private static IEnumerable<KeyValuePair<string, string>> Flatten(string prefix, JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Flatten($"{prefix}[{p.Key}]", p.Value)),
        JsonArray a => a.SelectMany((item, i) => Flatten($"{prefix}[{i}]", item)),
        _ => [new(prefix, node?.ToString() is "False" ? "false" : node?.ToString() ?? "")],
    };
}
