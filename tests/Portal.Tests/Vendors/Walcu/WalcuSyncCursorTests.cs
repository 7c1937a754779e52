using Portal.Vendors.Walcu;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.Tests.Vendors.Walcu;

public sealed class WalcuSyncCursorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void After_PageEndsLater_MovesTheTimeAndCountsTheTies()
    {
        var page = Clients(T0, T0.AddSeconds(1), T0.AddSeconds(2), T0.AddSeconds(2));

        var next = new WalcuSyncCursor(T0, 0).After(page, hasMore: true);

        Assert.Equal(new WalcuSyncCursor(T0.AddSeconds(2), 2), next);
    }

    [Fact]
    public void After_WholePageAtTheCursorTime_GrowsTheSkip()
    {
        var next = new WalcuSyncCursor(T0, 3).After(Clients(T0, T0), hasMore: true);

        Assert.Equal(new WalcuSyncCursor(T0, 5), next);
    }

    [Fact]
    public void After_NoMore_IsTheEnd() =>
        Assert.Null(new WalcuSyncCursor(T0, 0).After(Clients(T0.AddDays(1)), hasMore: false));

    [Fact]
    public void After_SubMillisecondTimes_CompareAtMilliseconds()
    {
        var page = Clients(T0.AddTicks(1), T0.AddTicks(2));

        Assert.Equal(new WalcuSyncCursor(T0, 2), new WalcuSyncCursor(T0, 0).After(page, hasMore: true));
    }

    [Fact]
    public void ToString_Parse_RoundTrips()
    {
        var cursor = new WalcuSyncCursor(T0.AddMilliseconds(7), 12);

        Assert.Equal(cursor, WalcuSyncCursor.Parse(cursor.ToString()));
    }

    private static List<WalcuClientDto> Clients(params DateTimeOffset[] times) =>
        times.Select((t, i) => new WalcuClientDto { Id = i.ToString(System.Globalization.CultureInfo.InvariantCulture), UpdatedAt = t }).ToList();
}
