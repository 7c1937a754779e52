using System.Text.Json;
using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.People;

public sealed class SandboxPopulationDeterminismTests
{
    private static readonly SandboxVendor[] Vendors = Enum.GetValues<SandboxVendor>();

    [Fact]
    public void Person_SameSeedAndIndex_SameRecordAndViews()
    {
        var first = new SandboxPopulation(42, 500);
        var second = new SandboxPopulation(42, 500);

        for (var i = 0; i < 500; i++)
        {
            Assert.Equal(Json(first.Person(i)), Json(second.Person(i)));
            foreach (var vendor in Vendors)
            {
                Assert.Equal(Json(first.View(i, vendor)), Json(second.View(i, vendor)));
            }
        }
    }

    [Fact]
    public void Person_DifferentSeed_DifferentPeople()
    {
        var a = new SandboxPopulation(1, 200);
        var b = new SandboxPopulation(2, 200);

        var same = Enumerable.Range(0, 200).Count(i => a.Person(i).Email == b.Person(i).Email);

        Assert.True(same < 5, $"{same} of 200 people kept their email across seeds");
    }

    [Fact]
    public void Person_OtherPopulationSize_SameIdentityOnlyTimesMove()
    {
        var small = new SandboxPopulation(7, 100).Person(99);
        var large = new SandboxPopulation(7, 1_000_000).Person(99);

        Assert.Equal(Json(small with { CreatedAt = default, ModifiedAt = default }),
            Json(large with { CreatedAt = default, ModifiedAt = default }));
        Assert.NotEqual(small.ModifiedAt, large.ModifiedAt);
    }

    [Fact]
    public void Person_IndexOutsidePopulation_Throws()
    {
        var population = new SandboxPopulation(7, 10);

        Assert.Throws<ArgumentOutOfRangeException>(() => population.Person(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => population.Person(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new SandboxPopulation(7, -1));
    }

    [Fact]
    public void Person_ReadFromManyThreads_SameAsSequential()
    {
        var population = new SandboxPopulation(9, 2_000);
        var sequential = Enumerable.Range(0, 2_000).Select(i => Json(population.Person(i))).ToArray();

        var parallel = new string[2_000];
        Parallel.For(0, 2_000, i => parallel[i] = Json(population.Person(i)));

        Assert.Equal(sequential, parallel);
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
