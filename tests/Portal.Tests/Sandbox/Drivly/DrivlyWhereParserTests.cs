using System.Text.Json.Nodes;
using Portal.Sandbox.Drivly;
using Portal.Tests.Vendors;

namespace Portal.Tests.Sandbox.Drivly;

public sealed class DrivlyWhereParserTests
{
    [Fact]
    public void Parse_BracketSyntax_SameTreeAsTheDocJsonExample()
    {
        var query = DrivlyQueries.Query(
            "?where[or][0][color][equals]=mint&where[or][1][and][0][color][equals]=white&where[or][1][and][1][featured][equals]=false");

        var (where, error) = DrivlyWhereParser.Parse(query);

        Assert.Null(error);
        // Query strings carry text, so the example's false arrives as "false".
        var expected = DocFixture.Text("drivly", "where-example.json").Replace("false", "\"false\"", StringComparison.Ordinal);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), where), where?.ToJsonString());
    }

    [Fact]
    public void Parse_JsonForm_TheDocExampleAsIs()
    {
        var json = DocFixture.Text("drivly", "where-example.json");

        var (where, error) = DrivlyWhereParser.Parse(DrivlyQueries.Query("?where=" + Uri.EscapeDataString(json)));

        Assert.Null(error);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(json), where));
    }

    [Theory]
    [InlineData("?where[customerId=1")]
    [InlineData("?where[]=1")]
    [InlineData("?where=[1]")]
    [InlineData("?where={nope")]
    public void Parse_Malformed_Error(string query) => Assert.NotNull(DrivlyWhereParser.Parse(DrivlyQueries.Query(query)).Error);

    [Fact]
    public void Parse_NoWhere_Nothing() => Assert.Equal((null, null), DrivlyWhereParser.Parse(DrivlyQueries.Query("?limit=5")));

    [Fact]
    public void Compile_UnknownPath_PayloadMessage()
    {
        var (_, error) = DrivlyListRequest.Parse(DrivlyQueries.Query("?where[color][equals]=mint"), DrivlyCustomerRow.IsKnownPath, "-createdAt");

        Assert.Equal("The following path cannot be queried: color", error);
    }
}
