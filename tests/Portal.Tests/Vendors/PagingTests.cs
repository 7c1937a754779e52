using Portal.Vendors;

namespace Portal.Tests.Vendors;

public sealed class PagingTests
{
    [Fact]
    public async Task AllAsync_ThreePages_YieldsEveryItemInOrder()
    {
        var pages = new Dictionary<string, Page<int>>
        {
            ["start"] = new([1, 2], 5, "p2"),
            ["p2"] = new([3, 4], 5, "p3"),
            ["p3"] = new([5], 5, null),
        };
        var asked = new List<string?>();

        var items = await Paging.AllAsync<int>((next, _) =>
        {
            asked.Add(next);
            return Task.FromResult(pages[next ?? "start"]);
        }).ToListAsync();

        Assert.Equal([1, 2, 3, 4, 5], items);
        Assert.Equal([null, "p2", "p3"], asked);
    }

    [Fact]
    public async Task AllAsync_VendorRepeatsItsCursor_StopsInsteadOfLooping()
    {
        var calls = 0;

        var items = await Paging.AllAsync<int>((_, _) =>
        {
            calls++;
            return Task.FromResult(new Page<int>([calls], null, "same"));
        }, first: "same").ToListAsync();

        Assert.Equal([1], items);
    }
}
