using System.Text.Json;
using Portal.Sandbox.Cova;
using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.Cova;

public sealed class CovaStoreTests
{
    private static readonly DateTimeOffset Everything = DateTimeOffset.MinValue;

    private static CovaStore Store(int size = 1000) => new(new SandboxPopulation(20261122, size));

    [Fact]
    public void ModifiedSince_Everything_IsOrderedByTimeWithMergedPairsTogether()
    {
        var feed = Store().ModifiedSince(Everything, 0, null).ToList();

        Assert.Equal(feed.Select(c => c.LastModifiedDateUtc).Order(), feed.Select(c => c.LastModifiedDateUtc));
        var duplicates = feed.Where(c => c.MergedIntoCustomerId is not null).ToList();
        Assert.NotEmpty(duplicates);
        Assert.All(duplicates, d =>
        {
            var survivor = feed[feed.IndexOf(d) + 1];
            Assert.Equal(d.MergedIntoCustomerId, survivor.Id);
            Assert.Equal(d.Id, Assert.Single(survivor.MergedCustomers).Id);
            Assert.True(d.Disabled);
        });
        Assert.Contains(feed, c => c.Disabled && c.MergedIntoCustomerId is null);
        Assert.Contains(feed, c => c.DoNotContact);
        Assert.Equal(feed.Count, feed.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void ModifiedSince_ATime_ReturnsExactlyTheRecordsAtOrAfterIt()
    {
        var store = Store();
        var all = store.ModifiedSince(Everything, 0, null).ToList();
        var since = all[all.Count / 2].LastModifiedDateUtc;

        var delta = store.ModifiedSince(since, 0, null).ToList();

        Assert.Equal(all.Where(c => c.LastModifiedDateUtc >= since).Select(c => c.Id), delta.Select(c => c.Id));
    }

    [Fact]
    public void ModifiedSince_SkipAndTop_SliceTheSameOrder()
    {
        var store = Store();
        var all = store.ModifiedSince(Everything, 0, null).Select(c => c.Id).ToList();

        Assert.Equal(all.Skip(10).Take(25), store.ModifiedSince(Everything, 10, 25).Select(c => c.Id));
    }

    [Fact]
    public void Change_Customer_BumpsVersionAndMovesItToTheEndOfTheFeed()
    {
        var store = Store();
        var before = store.ModifiedSince(Everything, 0, null).First();

        var changed = store.Change(before.Id, c => c with { FamilyName = "Changed" });
        var feed = store.ModifiedSince(Everything, 0, null).ToList();

        Assert.NotNull(changed);
        Assert.Equal(before.Version + 1, changed.Version);
        Assert.True(changed.LastModifiedDateUtc > SandboxClock.Now);
        Assert.Equal(changed.Id, feed[^1].Id);
        Assert.Equal("Changed", feed[^1].FamilyName);
        Assert.Single(feed, c => c.Id == before.Id);
        Assert.Equal([changed.Id], store.ModifiedSince(changed.LastModifiedDateUtc, 0, null).Select(c => c.Id));
    }

    [Fact]
    public void Change_UnknownId_ReturnsNull() => Assert.Null(Store().Change(Guid.NewGuid(), c => c));

    [Fact]
    public void ModifiedSince_SameSeed_RendersIdenticalCustomers() =>
        Assert.Equal(JsonSerializer.Serialize(Store(300).ModifiedSince(Everything, 0, 40)), JsonSerializer.Serialize(Store(300).ModifiedSince(Everything, 0, 40)));

    [Fact]
    public void Find_IssuedId_ReturnsTheCustomer()
    {
        var store = Store(300);
        var first = store.ModifiedSince(Everything, 0, 1).Single();

        Assert.Equal(JsonSerializer.Serialize(first), JsonSerializer.Serialize(store.Find(first.Id)));
    }
}
