using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.People;

public sealed class SandboxIdsTests
{
    private static readonly SandboxVendor[] Vendors = Enum.GetValues<SandboxVendor>();

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(1_999, 3)]
    [InlineData(999_999, 0)]
    [InlineData(int.MaxValue, ushort.MaxValue)]
    public void Ids_EveryForm_ParseBackToIndexAndOrdinal(int index, int ordinal)
    {
        foreach (var vendor in Vendors)
        {
            Assert.True(SandboxIds.TryParseGuid(5, vendor, SandboxIds.Guid(5, vendor, index, ordinal), out var i1, out var o1));
            Assert.True(SandboxIds.TryParseObjectId(5, vendor, SandboxIds.ObjectId(5, vendor, index, ordinal), out var i2, out var o2));
            Assert.True(SandboxIds.TryParseKey(5, vendor, SandboxIds.Key(5, vendor, index, ordinal), out var i3, out var o3));
            Assert.Equal([(index, ordinal)], new[] { (i1, o1), (i2, o2), (i3, o3) }.Distinct());
        }
        Assert.True(SandboxIds.TryParseNumber(SandboxIds.Number(index == int.MaxValue ? index - 1 : index), out var n));
        Assert.Equal(index == int.MaxValue ? index - 1 : index, n);
    }

    [Fact]
    public void Ids_ManyIndexesVendorsAndSeeds_AllDistinct()
    {
        var guids = new HashSet<Guid>();
        var objectIds = new HashSet<string>();
        var keys = new HashSet<string>();
        foreach (var seed in new[] { 1, 2 })
        {
            foreach (var vendor in Vendors)
            {
                for (var i = 0; i < 2_000; i++)
                {
                    Assert.True(guids.Add(SandboxIds.Guid(seed, vendor, i)));
                    Assert.True(objectIds.Add(SandboxIds.ObjectId(seed, vendor, i)));
                    Assert.True(keys.Add(SandboxIds.Key(seed, vendor, i)));
                }
            }
        }
    }

    [Fact]
    public void Ids_Shapes_LookLikeTheVendorsOwn()
    {
        var guid = SandboxIds.Guid(1, SandboxVendor.Cova, 12).ToString();
        var objectId = SandboxIds.ObjectId(1, SandboxVendor.Walcu, 12);
        var key = SandboxIds.Key(1, SandboxVendor.MyKaarma, 12);

        Assert.Equal('4', guid[14]); // version 4
        Assert.Contains(guid[19], "89ab"); // RFC 4122 variant
        Assert.Matches("^[0-9a-f]{24}$", objectId);
        Assert.Matches("^MK-[0-9A-Z]{10}$", key);
        Assert.Equal(13, SandboxIds.Number(12));
    }

    [Fact]
    public void TryParse_ForeignOrTamperedIds_False()
    {
        var objectId = SandboxIds.ObjectId(1, SandboxVendor.Walcu, 12);
        var tampered = objectId[..^1] + (objectId[^1] == '0' ? '1' : '0');

        Assert.False(SandboxIds.TryParseGuid(1, SandboxVendor.Cova, Guid.NewGuid(), out _, out _));
        Assert.False(SandboxIds.TryParseGuid(2, SandboxVendor.Cova, SandboxIds.Guid(1, SandboxVendor.Cova, 12), out _, out _));
        Assert.False(SandboxIds.TryParseGuid(1, SandboxVendor.MyKaarma, SandboxIds.Guid(1, SandboxVendor.Cova, 12), out _, out _));
        Assert.False(SandboxIds.TryParseObjectId(1, SandboxVendor.Walcu, tampered, out _, out _));
        Assert.False(SandboxIds.TryParseObjectId(1, SandboxVendor.Walcu, "zz", out _, out _));
        Assert.False(SandboxIds.TryParseKey(1, SandboxVendor.Cova, SandboxIds.Key(1, SandboxVendor.MyKaarma, 12), out _, out _));
        Assert.False(SandboxIds.TryParseNumber(0, out _));
        Assert.False(SandboxIds.TryParseNumber(long.MaxValue, out _));
    }
}
