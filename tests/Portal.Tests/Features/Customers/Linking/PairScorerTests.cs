using Portal.Features.Customers.Index;
using Portal.Features.Customers.Linking;
using Portal.Vendors;
using static Portal.Tests.Features.Customers.Linking.LinkRecords;

namespace Portal.Tests.Features.Customers.Linking;

public sealed class PairScorerTests
{
    [Fact]
    public void Score_SameEmailAndName_IsAutoWithItsRules()
    {
        var evidence = PairScorer.Score(Make("Ada", "Lovelace", "ada@example.com"), Make("Ada", "Lovelace", "ada@example.com", vendor: VendorKind.Cova));

        Assert.Equal(LinkStatus.Auto, evidence.Status);
        Assert.Equal("email,first-name,last-name", evidence.RulesText);
    }

    [Fact]
    public void Score_HouseholdSharingEmailPhoneAndAddress_IsNoAutoLink()
    {
        var evidence = PairScorer.Score(
            Make("Mary", "Smith", "smiths@example.com", "+13125550142", street: "12 Elm St", postal: "60601"),
            Make("John", "Smith", "smiths@example.com", "+13125550142", street: "12 Elm St", postal: "60601"));

        Assert.False(evidence.IsAuto);
        Assert.Contains("-first-name", evidence.Rules);
    }

    [Fact]
    public void Score_NamesakesWithDifferentBirthDates_AreNoLink() =>
        Assert.False(PairScorer.Score(Make("John", "Smith", dob: "d1"), Make("John", "Smith", dob: "d2")).IsLink);

    [Fact]
    public void Score_PhoneAndNameOnly_IsAPossibleMatch()
    {
        var evidence = PairScorer.Score(Make("Ada", "Lovelace", phones: "+13125550142"), Make("Ada", "Lovelace", phones: "+13125550142"));

        Assert.Equal(LinkStatus.Possible, evidence.Status);
        Assert.InRange(evidence.Score, 0.5, 0.88);
    }

    [Fact]
    public void Score_WalcuForeignIdNamingGuardantRecord_IsAuto()
    {
        var guardant = Make("Ada", "Lovelace", vendor: VendorKind.Guardant, id: "123");
        var walcu = Make("Ada", "Byron", foreignIds: "guardant:123 dms:555555");

        var evidence = PairScorer.Score(walcu, guardant);

        Assert.True(evidence.IsAuto);
        Assert.Contains(LinkRules.ForeignId, evidence.Rules);
    }

    [Theory]
    [InlineData(VendorKind.Drivly, "DRV-7JX5T1J7ZV")]
    [InlineData(VendorKind.Cova, "CV-1F8Q2ZK7TW")]
    public void Score_GuardantRefIdNamingAnotherVendorsKey_IsAuto(VendorKind vendor, string key)
    {
        // The index keeps a record's alternate keys (Drivly customerId, Cova UniqueIdentifier) with its foreign ids.
        var other = Make("Miguel", "Brooks", vendor: vendor, id: "42", foreignIds: key);
        var guardant = Make("Miguel", "Brooks", vendor: VendorKind.Guardant, id: "42", foreignIds: key);

        var evidence = PairScorer.Score(guardant, other);

        Assert.True(evidence.IsAuto);
        Assert.Contains(LinkRules.ForeignId, evidence.Rules);
    }

    [Fact]
    public void Score_CovaDuplicateMergedIntoSurvivor_IsAutoAsMerge()
    {
        var survivor = Make("William", "Jones", vendor: VendorKind.Cova, id: "9d3e0c9a-0000-4000-8000-000000000001");
        var duplicate = Make("Bill", "Jonse", vendor: VendorKind.Cova, mergedInto: "9D3E0C9A-0000-4000-8000-000000000001");

        Assert.Contains(LinkRules.Merge, PairScorer.Score(duplicate, survivor).Rules);
        Assert.True(PairScorer.Score(survivor, duplicate).IsAuto);
    }

    [Fact]
    public void Score_ShortBareForeignId_NamesNothing() =>
        Assert.DoesNotContain(LinkRules.ForeignId, PairScorer.Score(Make("A", "B", foreignIds: "123"), Make("C", "D", vendor: VendorKind.Drivly, id: "123")).Rules);
}
