using Portal.Features.DataRequests;

namespace Portal.Tests.Features.DataRequests;

public sealed class QueueBucketsTests
{
    private static readonly TimeSpan Sla = TimeSpan.FromHours(24);

    [Theory]
    [InlineData(1, SlaState.OnTime)]
    [InlineData(17.9, SlaState.OnTime)]
    [InlineData(18, SlaState.Near)]
    [InlineData(23.9, SlaState.Near)]
    [InlineData(24, SlaState.Past)]
    [InlineData(100, SlaState.Past)]
    public void SlaOf_AgeAgainstSla(double hours, SlaState expected) =>
        Assert.Equal(expected, DataRequestQueueService.SlaOf(TimeSpan.FromHours(hours), Sla));

    [Fact]
    public void Count_QuartersOfSlaThenPast_EveryBucketPerStatusIncludingZeros()
    {
        QueueRow[] rows = [Row("PENDING_APPROVAL", 1), Row("PENDING_APPROVAL", 20), Row("PENDING_APPROVAL", 50), Row("COMPLETED", 7)];

        var buckets = QueueBuckets.Count(rows, Sla);

        Assert.Equal(["< 6 h", "6–12 h", "12–18 h", "18–24 h (near)", "past 24 h"], QueueBuckets.Labels(Sla));
        Assert.Equal([1, 0, 0, 1, 1], buckets.Where(b => b.Status == "PENDING_APPROVAL").Select(b => b.Count));
        Assert.Equal([0, 1, 0, 0, 0], buckets.Where(b => b.Status == "COMPLETED").Select(b => b.Count));
    }

    private static QueueRow Row(string status, double hours) =>
        new(1, "c", "T", "n", "d", status, DateTimeOffset.UnixEpoch, TimeSpan.FromHours(hours), SlaState.OnTime, null);
}
