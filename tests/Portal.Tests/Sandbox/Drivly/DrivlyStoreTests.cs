using System.Text.Json.Nodes;
using Portal.Sandbox.Drivly;
using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.Drivly;

public sealed class DrivlyStoreTests
{
    private static readonly SandboxPopulation Population = new(5, 1_500);

    [Fact]
    public void Versions_Generated_OneToFourOldestFirstEndingAtTheCurrentDocument()
    {
        var store = new DrivlyStore(Population);
        var counts = new HashSet<int>();
        foreach (var index in store.Members.Take(200))
        {
            var versions = store.Versions(index);
            var current = store.Current(index) ?? throw new InvalidOperationException();
            counts.Add(versions.Count);
            Assert.InRange(versions.Count, 1, DrivlyTimes.MaxGeneratedVersions);
            Assert.True(JsonNode.DeepEquals(DrivlyHistory.Fields(current), versions[^1].Fields));
            Assert.Equal(DrivlySandbox.ParseTime(current["updatedAt"]?.ToString()), versions[^1].SavedAt);
            Assert.Equal(DrivlySandbox.ParseTime(current["createdAt"]?.ToString()), versions[0].SavedAt);
            Assert.All(versions.Zip(versions.Skip(1)), pair =>
            {
                Assert.True(pair.First.SavedAt < pair.Second.SavedAt);
                Assert.False(JsonNode.DeepEquals(pair.First.Fields, pair.Second.Fields));
            });
        }
        Assert.Equal([1, 2, 3, 4], counts.Order());
    }

    [Fact]
    public void Current_SameSeed_SameDocument()
    {
        var (a, b) = (new DrivlyStore(Population), new DrivlyStore(new SandboxPopulation(5, 1_500)));

        Assert.All(a.Members.Take(30), i => Assert.True(JsonNode.DeepEquals(a.Current(i), b.Current(i))));
    }

    [Fact]
    public void Current_GeneratedCustomers_FakeSensitiveValuesAndEveryConsumerField()
    {
        var store = new DrivlyStore(Population);
        var docs = store.Members.Select(i => store.Current(i) ?? throw new InvalidOperationException()).ToList();

        Assert.All(docs, d => Assert.Matches(@"^9\d\d-\d\d-\d{4}$", d["consumerSocialSecurity"]?.ToString() ?? ""));
        Assert.All(DrivlySchema.Fields.Keys, field => Assert.Contains(docs, d => d[field] is not null and not JsonArray { Count: 0 }));
    }

    [Fact]
    public void Patch_MovesUpdatedAtPastEveryGeneratedTimeAndAddsAVersion()
    {
        var store = new DrivlyStore(Population);
        var index = store.Members[3];
        var before = store.Versions(index).Count;

        var doc = store.Patch(index, new JsonObject { ["email"] = "patched@example.com" }) ?? throw new InvalidOperationException();

        Assert.True(store.UpdatedAt(index) > SandboxClock.Now);
        Assert.Equal("patched@example.com", store.Current(index)?["email"]?.ToString());
        Assert.Equal(doc["updatedAt"]?.ToString(), DrivlySandbox.Iso(store.UpdatedAt(index)));
        var versions = store.Versions(index);
        Assert.Equal(before + 1, versions.Count);
        Assert.Equal("patched@example.com", versions[^1].Fields["email"]?.ToString());
        Assert.Null(store.Patch(Population.Size + 5, new JsonObject()));
    }
}
