using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.People;

public sealed class TimelineTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(2_000)]
    public void ModifiedAt_ByIndex_StrictlyIncreasingWithinHistory(int size)
    {
        var population = new SandboxPopulation(3, size);
        var previous = DateTimeOffset.MinValue;
        var previousByVendor = new Dictionary<SandboxVendor, DateTimeOffset>();
        for (var i = 0; i < size; i++)
        {
            var person = population.Person(i);
            Assert.True(person.ModifiedAt > previous, $"person {i} not after {i - 1}");
            Assert.InRange(person.ModifiedAt, SandboxClock.HistoryStart, SandboxClock.Now.AddTicks(-1));
            Assert.True(person.CreatedAt <= person.ModifiedAt);
            Assert.Equal(person.ModifiedAt, population.ModifiedAt(i));
            Assert.Equal(0, person.ModifiedAt.Ticks % TimeSpan.TicksPerSecond);
            previous = person.ModifiedAt;
            foreach (var vendor in population.VendorsOf(i))
            {
                var modified = population.View(person, vendor)?.ModifiedAt ?? throw new InvalidOperationException();
                Assert.True(modified > previousByVendor.GetValueOrDefault(vendor, DateTimeOffset.MinValue));
                previousByVendor[vendor] = modified;
            }
        }
    }

    [Fact]
    public void ModifiedAt_LargePopulation_SpreadOverTwoYears()
    {
        var population = new SandboxPopulation(3, 1_000_000);

        Assert.True(population.ModifiedAt(0) < SandboxClock.HistoryStart.AddMinutes(2));
        Assert.True(population.ModifiedAt(999_999) > SandboxClock.Now.AddMinutes(-2));
        Assert.True(population.ModifiedAt(500_000) > population.ModifiedAt(499_999));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(2_000)]
    [InlineData(1_000_000)]
    public void FirstIndexModifiedAtOrAfter_AroundEveryRecord_FindsTheBoundary(int size)
    {
        var population = new SandboxPopulation(8, size);
        var step = Math.Max(1, size / 500);
        for (var i = 0; i < size; i += step)
        {
            var at = population.ModifiedAt(i);
            Assert.Equal(i, population.FirstIndexModifiedAtOrAfter(at));
            Assert.Equal(i + 1, population.FirstIndexModifiedAtOrAfter(at.AddTicks(1)));
            Assert.Equal(i, population.FirstIndexModifiedAtOrAfter(at.AddTicks(-1))); // times are whole, distinct seconds
            foreach (var vendor in Enum.GetValues<SandboxVendor>())
            {
                var vendorAt = population.ModifiedAt(i, vendor);
                Assert.Equal(i, population.FirstIndexModifiedAtOrAfter(vendorAt, vendor));
                Assert.Equal(i + 1, population.FirstIndexModifiedAtOrAfter(vendorAt.AddTicks(1), vendor));
            }
        }
    }

    [Fact]
    public void FirstIndexModifiedAtOrAfter_HundredMillionPeople_TickPrecisionStillExact()
    {
        var population = new SandboxPopulation(8, 100_000_000); // more people than seconds in two years
        for (var i = 1; i < population.Size; i += 199_999)
        {
            var at = population.ModifiedAt(i);
            Assert.True(at > population.ModifiedAt(i - 1));
            Assert.Equal(i, population.FirstIndexModifiedAtOrAfter(at));
            Assert.Equal(i + 1, population.FirstIndexModifiedAtOrAfter(at.AddTicks(1)));
        }
    }

    [Fact]
    public void FirstIndexModifiedAtOrAfter_OutsideHistory_ZeroOrSize()
    {
        var population = new SandboxPopulation(8, 2_000);

        Assert.Equal(0, population.FirstIndexModifiedAtOrAfter(DateTimeOffset.MinValue));
        Assert.Equal(0, population.FirstIndexModifiedAtOrAfter(SandboxClock.HistoryStart));
        Assert.Equal(2_000, population.FirstIndexModifiedAtOrAfter(SandboxClock.Now));
        Assert.Equal(0, new SandboxPopulation(8, 0).FirstIndexModifiedAtOrAfter(SandboxClock.Now));
    }
}
