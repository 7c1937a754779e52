using Portal.Vendors.Drivly;

namespace Portal.Tests.Vendors.Drivly;

public sealed class DrivlyChangeCursorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static DrivlyCustomer C(string id, int second) => new() { Id = id, UpdatedAt = (T0 + TimeSpan.FromSeconds(second)).ToString("O") };

    [Fact]
    public void Advance_LaterTimes_MovesSinceAndSkipsWhatWasSeenAtIt()
    {
        var cursor = new DrivlyChangeCursor(T0);

        Assert.True(cursor.Advance([C("1", 1), C("2", 5), C("3", 5)]));

        Assert.Equal((T0.AddSeconds(5), 1), (cursor.Since, cursor.Page));
        Assert.False(cursor.IsNew(C("3", 5)));
        Assert.True(cursor.IsNew(C("4", 5)));
    }

    [Fact]
    public void Advance_WholePageAtOneTime_TurnsThePageInstead()
    {
        var cursor = new DrivlyChangeCursor(T0.AddSeconds(5));

        Assert.True(cursor.Advance([C("2", 5), C("3", 5)]));

        Assert.Equal((T0.AddSeconds(5), 2), (cursor.Since, cursor.Page));
    }

    [Fact]
    public void Advance_NoTimestamp_Stops() => Assert.False(new DrivlyChangeCursor(T0).Advance([new DrivlyCustomer { Id = "1" }]));
}
