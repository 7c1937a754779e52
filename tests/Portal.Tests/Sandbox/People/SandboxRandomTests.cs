using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.People;

public sealed class SandboxRandomTests
{
    [Fact]
    public void Next_SameKey_SameSequence_OtherKeyOtherSequence()
    {
        var a = new SandboxRandom(1, SandboxVendor.Cova, 7, 3);
        var b = new SandboxRandom(1, SandboxVendor.Cova, 7, 3);
        var c = new SandboxRandom(1, SandboxVendor.Walcu, 7, 3);
        var d = new SandboxRandom(1, 7, 3);

        var first = Enumerable.Range(0, 20).Select(_ => a.NextUInt64()).ToList();

        Assert.Equal(first, Enumerable.Range(0, 20).Select(_ => b.NextUInt64()));
        Assert.NotEqual(first, Enumerable.Range(0, 20).Select(_ => c.NextUInt64()));
        Assert.NotEqual(first, Enumerable.Range(0, 20).Select(_ => d.NextUInt64()));
    }

    [Fact]
    public void Draws_ManySamples_InRangeAndSpread()
    {
        var rng = new SandboxRandom(2, 0, 0);
        var buckets = new int[10];
        for (var i = 0; i < 10_000; i++)
        {
            var n = rng.Next(10);
            buckets[n]++;
            Assert.InRange(rng.Next(-5, 5), -5, 4);
            Assert.InRange(rng.NextDouble(), 0.0, 0.9999999999);
            Assert.Contains(rng.Pick(new[] { "a", "b" }), new[] { "a", "b" });
            Assert.Contains(rng.Pick((IReadOnlyList<int>)[1, 2, 3]), new[] { 1, 2, 3 });
        }
        Assert.All(buckets, count => Assert.InRange(count, 850, 1_150));
        Assert.False(rng.Chance(0));
        Assert.True(rng.Chance(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SandboxRandom(1, 1, 1).Next(0));
    }
}
