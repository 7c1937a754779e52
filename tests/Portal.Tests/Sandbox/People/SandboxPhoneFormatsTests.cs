using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.People;

public sealed class SandboxPhoneFormatsTests
{
    [Theory]
    [InlineData(SandboxPhoneFormat.E164, "+12125550123")]
    [InlineData(SandboxPhoneFormat.Digits, "2125550123")]
    [InlineData(SandboxPhoneFormat.Parenthesised, "(212) 555-0123")]
    [InlineData(SandboxPhoneFormat.Dashed, "212-555-0123")]
    [InlineData(SandboxPhoneFormat.Dotted, "212.555.0123")]
    [InlineData(SandboxPhoneFormat.Spaced, "+1 212 555 0123")]
    [InlineData(SandboxPhoneFormat.TrunkDashed, "1-212-555-0123")]
    public void Format_CanonicalNumber_WrittenThatWay(SandboxPhoneFormat format, string expected) =>
        Assert.Equal(expected, SandboxPhoneFormats.Format("+12125550123", format));

    [Fact]
    public void HouseFormat_EachVendor_Distinct()
    {
        var formats = Enum.GetValues<SandboxVendor>().Select(SandboxPhoneFormats.HouseFormat).ToList();

        Assert.Equal(formats.Count, formats.Distinct().Count());
    }

    [Fact]
    public void Format_NotNanp_Throws() =>
        Assert.Throws<ArgumentException>(() => SandboxPhoneFormats.Format("+442071234567", SandboxPhoneFormat.Dashed));
}
