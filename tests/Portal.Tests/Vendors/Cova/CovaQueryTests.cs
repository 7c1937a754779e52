using Portal.Vendors.Cova;

namespace Portal.Tests.Vendors.Cova;

public sealed class CovaQueryTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    private static CovaCustomer At(DateTimeOffset? at) => new() { Id = Guid.NewGuid().ToString(), LastModifiedDateUtc = at };

    [Fact]
    public void Filter_Instant_IsTheODataDatetimeLiteralToTheTick() =>
        Assert.Equal("LastModifiedDateUtc ge datetime'2026-01-02T01:04:05.0000001Z'",
            CovaQuery.Filter(new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)).AddTicks(1)));

    [Fact]
    public void CustomerFull_Cursor_BuildsTheDocumentedPathWithPaging() =>
        Assert.Equal("v1/Companies(240811)/CustomerFull?$filter=LastModifiedDateUtc%20ge%20datetime%272026-01-02T03%3A04%3A05.0000000Z%27"
            + "&$orderby=LastModifiedDateUtc&$top=50&$skip=2", CovaQuery.CustomerFull("240811", new CovaCursor(T0, 2), 50));

    [Fact]
    public void Next_ShortPage_IsTheEnd() => Assert.Null(CovaQuery.Next(new CovaCursor(T0, 0), [At(T0)], 2));

    [Fact]
    public void Next_FullPage_StartsAtTheLastTimestampSkippingWhatWasReadThere()
    {
        var t1 = T0.AddMinutes(1);

        var next = CovaQuery.Next(new CovaCursor(T0, 0), [At(T0), At(t1), At(t1)], 3);

        Assert.Equal(new CovaCursor(t1, 2), next);
    }

    [Fact]
    public void Next_WholePageAtTheCursorTimestamp_AddsToTheSkip() =>
        Assert.Equal(new CovaCursor(T0, 5), CovaQuery.Next(new CovaCursor(T0, 3), [At(T0), At(T0)], 2));

    [Fact]
    public void Next_RecordWithoutTimestamp_FallsBackToOffsetPaging() =>
        Assert.Equal(new CovaCursor(T0, 4), CovaQuery.Next(new CovaCursor(T0, 2), [At(null), At(T0.AddDays(1))], 2));

    [Fact]
    public void Cursor_ToStringAndParse_RoundTrip()
    {
        var cursor = new CovaCursor(T0.AddTicks(7), 12);

        Assert.Equal(cursor, CovaCursor.Parse(cursor.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12")]
    [InlineData("a:1")]
    [InlineData("1:-1")]
    public void Cursor_Parse_Garbage_Throws(string text) => Assert.Throws<FormatException>(() => CovaCursor.Parse(text));
}
