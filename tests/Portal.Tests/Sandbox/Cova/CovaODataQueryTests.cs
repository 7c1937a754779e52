using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Portal.Sandbox.Cova;

namespace Portal.Tests.Sandbox.Cova;

public sealed class CovaODataQueryTests
{
    private static (CovaODataQuery? Query, string? Error) Parse(params (string Key, string Value)[] parameters) =>
        CovaODataQuery.Parse(new QueryCollection(parameters.ToDictionary(p => p.Key, p => new StringValues(p.Value))));

    [Fact]
    public void Parse_DocumentExample_IsUtcInclusiveWithoutPaging()
    {
        var (query, error) = Parse(("$filter", "LastModifiedDateUtc ge datetime'2019-01-01T00:00:00z'"));

        Assert.Null(error);
        Assert.Equal(new CovaODataQuery(new DateTimeOffset(2019, 1, 1, 0, 0, 0, TimeSpan.Zero), false, 0, null), query);
    }

    [Fact]
    public void Parse_GtWithTicksAndPaging_IsExclusiveAndPaged()
    {
        var (query, _) = Parse(("$filter", "LastModifiedDateUtc gt datetime'2026-10-01T12:30:15.1234567Z'"), ("$top", "50"), ("$skip", "3"),
            ("$orderby", "LastModifiedDateUtc"));

        Assert.NotNull(query);
        Assert.True(query.Exclusive);
        Assert.Equal(new DateTimeOffset(2026, 10, 1, 12, 30, 15, TimeSpan.Zero).AddTicks(1234568), query.From);
        Assert.Equal((3, 50), (query.Skip, query.Top));
    }

    [Fact]
    public void Parse_PlainParameterOfTheTitle_IsAccepted() =>
        Assert.Equal(new DateTimeOffset(2026, 1, 2, 3, 4, 0, TimeSpan.Zero), Parse(("LastModifiedDateUtc", "2026-01-02T03:04")).Query?.Since);

    [Theory]
    [InlineData("LastModifiedDateUtc ge datetime'2019-13-01T00:00:00Z'")]
    [InlineData("LastModifiedDateUtc ge datetime'2019-01-01'")]
    [InlineData("LastModifiedDateUtc ge datetime'2019-01-01T00:00:00+02:00'")]
    [InlineData("LastModifiedDateUtc ge '2019-01-01T00:00:00Z'")]
    [InlineData("LastModifiedDateUtc eq datetime'2019-01-01T00:00:00Z'")]
    [InlineData("lastmodifieddateutc ge datetime'2019-01-01T00:00:00Z'")]
    [InlineData("LastModifiedDateUtc ge datetime'2019-01-01T00:00:00Z' and Disabled eq false")]
    [InlineData("LastModifiedDateUtc  ge datetime'2019-01-01T00:00:00Z'")]
    [InlineData("Version ge 3")]
    public void Parse_MalformedFilter_IsAnError(string filter) => Assert.NotNull(Parse(("$filter", filter)).Error);

    [Theory]
    [InlineData("$top", "-1")]
    [InlineData("$skip", "ten")]
    [InlineData("$orderby", "Version")]
    [InlineData("$select", "Id")]
    public void Parse_BadOrUnknownOption_IsAnError(string key, string value) =>
        Assert.NotNull(Parse(("$filter", "LastModifiedDateUtc ge datetime'2019-01-01T00:00:00Z'"), (key, value)).Error);

    [Fact]
    public void Parse_NoFilter_IsAnError() => Assert.NotNull(Parse().Error);
}
