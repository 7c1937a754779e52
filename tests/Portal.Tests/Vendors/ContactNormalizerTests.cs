using Portal.Vendors.Model;

namespace Portal.Tests.Vendors;

public sealed class ContactNormalizerTests
{
    [Theory]
    [InlineData("(312) 555-0142", "+13125550142")]
    [InlineData("312-555-0142", "+13125550142")]
    [InlineData("312.555.0142", "+13125550142")]
    [InlineData("+1 312 555 0142", "+13125550142")]
    [InlineData("1-312-555-0142", "+13125550142")]
    [InlineData("3125550142 x23", "+13125550142")]
    [InlineData("+44 20 7946 0958", "+442079460958")]
    [InlineData("0044 20 7946 0958", "+442079460958")]
    public void Phone_AnyCommonFormat_GivesE164(string raw, string expected) =>
        Assert.Equal(expected, ContactNormalizer.Phone(raw));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("123")]
    [InlineData("555-0142")]
    [InlineData("(012) 555-0142")]
    [InlineData("not a phone")]
    public void Phone_NotAComparableNumber_GivesNull(string? raw) => Assert.Null(ContactNormalizer.Phone(raw));

    [Theory]
    [InlineData(" Jane.Doe@Example.COM ", "jane.doe@example.com")]
    [InlineData("a@b", "a@b")]
    public void Email_Valid_IsTrimmedAndLowerCased(string raw, string expected) => Assert.Equal(expected, ContactNormalizer.Email(raw));

    [Theory]
    [InlineData("no-at-sign")]
    [InlineData("@example.com")]
    [InlineData("jane@")]
    [InlineData("  ")]
    public void Email_Invalid_GivesNull(string raw) => Assert.Null(ContactNormalizer.Email(raw));

    [Fact]
    public void Vin_WithSpacesAndLowerCase_IsCanonical() =>
        Assert.Equal("1HGCM82633A004352", ContactNormalizer.Vin("1hgcm8 2633a-004352"));

    [Fact]
    public void Vin_WrongLength_GivesNull() => Assert.Null(ContactNormalizer.Vin("1HGCM82633A00435"));
}
