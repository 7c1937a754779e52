using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.Tests.Vendors;

public sealed class SourceRefTests
{
    [Fact]
    public void ToString_ThenTryParse_RoundTrips()
    {
        var source = new SourceRef(VendorKind.Walcu, 3, "64f1c2a9:with:colons");

        Assert.True(SourceRef.TryParse(source.ToString(), out var parsed));
        Assert.Equal(source, parsed);
        Assert.Equal("walcu:3:64f1c2a9:with:colons", source.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("walcu:3")]
    [InlineData("walcu:x:1")]
    [InlineData("unknown:3:1")]
    [InlineData("walcu:3:")]
    [InlineData("7:3:1")]
    public void TryParse_Tampered_IsRefused(string? text) => Assert.False(SourceRef.TryParse(text, out _));
}
