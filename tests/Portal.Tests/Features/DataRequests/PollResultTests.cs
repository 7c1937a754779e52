using Portal.Features.DataRequests;

namespace Portal.Tests.Features.DataRequests;

/// <summary>What the queue page says after a refresh: counts, and each connection that could not be read with why.</summary>
public sealed class PollResultTests
{
    [Fact]
    public void Summary_NoFailure_CountsOnly() =>
        Assert.Equal("Read 3 requests (7 items).", new PollResult(3, 7, 0).Summary);

    [Fact]
    public void Summary_Failures_SaysHowMany() =>
        Assert.Equal("Read 0 requests (0 items); 2 could not be read.", new PollResult(0, 0, 2).Summary);

    [Fact]
    public void Plus_AddsCountsAndKeepsEachProblemOnce()
    {
        var a = new PollResult(1, 2, 1) { Problems = ["myKaarma (sandbox): timed out"] };
        var b = new PollResult(2, 3, 2) { Problems = ["myKaarma (sandbox): timed out", "myKaarma (east): credentials rejected"] };

        var total = a.Plus(b);

        Assert.Equal((3, 5, 3), (total.Requests, total.Items, total.Failures));
        Assert.Equal(["myKaarma (sandbox): timed out", "myKaarma (east): credentials rejected"], total.Problems);
    }
}
