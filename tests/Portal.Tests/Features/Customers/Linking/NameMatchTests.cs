using Portal.Features.Customers.Linking;

namespace Portal.Tests.Features.Customers.Linking;

public sealed class NameMatchTests
{
    [Theory]
    [InlineData("Núñez-O'Brien", "nunezobrien")]
    [InlineData("  Mary Ann ", "maryann")]
    [InlineData(null, "")]
    public void Normalise_AccentsPunctuationAndCase_AreDropped(string? raw, string expected) => Assert.Equal(expected, NameMatch.Normalise(raw));

    [Theory]
    [InlineData("william", "bill")]
    [InlineData("bill", "will")]
    [InlineData("christopher", "chris")]
    [InlineData("margaret", "peggy")]
    [InlineData("jennifer", "jenifer")]
    [InlineData("michael", "micheal")]
    [InlineData("j", "john")]
    public void First_NicknamesSlipsPrefixesAndInitials_AreCompatible(string a, string b) =>
        Assert.Equal(NameAgreement.Compatible, NameMatch.First(a, b));

    [Theory]
    [InlineData("william", "mary")]
    [InlineData("ann", "amy")]
    [InlineData("jon", "jan")]
    public void First_DifferentNames_Conflict(string a, string b) => Assert.Equal(NameAgreement.Conflict, NameMatch.First(a, b));

    [Fact]
    public void Last_OneSlip_IsCompatibleButAnotherNameConflicts()
    {
        Assert.Equal(NameAgreement.Compatible, NameMatch.Last("johnson", "jonhson"));
        Assert.Equal(NameAgreement.Conflict, NameMatch.Last("johnson", "jackson"));
        Assert.Equal(NameAgreement.Unknown, NameMatch.Last("", "jackson"));
    }
}
