using Portal.Features.Customers.Index;
using Portal.Features.Customers.Linking;
using Portal.Vendors;
using static Portal.Tests.Features.Customers.Linking.LinkRecords;

namespace Portal.Tests.Features.Customers.Linking;

public sealed class LinkPlanTests
{
    [Fact]
    public void Place_RecordProvingTwoPeopleEqual_JoinsThemIntoOne()
    {
        var guardant = Make("Ada", "Lovelace", vendor: VendorKind.Guardant, id: "77");
        var cova = Make("Ada", "Lovelace", vendor: VendorKind.Cova, id: "0f8fad5b-d9cb-469f-a165-70867728950e");
        var walcu = Make("Ada", "Lovelace", foreignIds: "guardant:77 0f8fad5b-d9cb-469f-a165-70867728950e");
        var plan = new LinkPlan([guardant, cova, walcu], LinkDecisions.Empty);

        plan.Place(walcu.Id, [guardant.Id, cova.Id, walcu.Id]);
        var links = plan.Finish();

        Assert.Equal(plan.PersonOf(guardant.Id), plan.PersonOf(walcu.Id));
        Assert.Equal(plan.PersonOf(cova.Id), plan.PersonOf(walcu.Id));
        Assert.All(links.Values, l => Assert.Equal(LinkStatus.Auto, l?.Status));
    }

    [Fact]
    public void Place_RecordThatNoLongerMatches_LeavesAndSplitsThePersonItHeldTogether()
    {
        var a = Make("Ada", "Lovelace", "ada@example.com", personId: 500);
        var b = Make("Ada", "Lovelace", "ada@example.com", "+13125550142", personId: 500);
        var c = Make("Ada", "Lovelace", phones: "+13125550142", personId: 500);
        var changedB = Make("Ada", "Lovelace", personId: 500, recordId: b.Id, id: b.ExternalId);
        var plan = new LinkPlan([a, changedB, c], LinkDecisions.Empty);

        plan.Place(changedB.Id, [a.Id, c.Id]);
        var links = plan.Finish();

        Assert.Equal(500, plan.PersonOf(a.Id));
        Assert.NotEqual(plan.PersonOf(a.Id), plan.PersonOf(c.Id));
        Assert.Null(links[a.Id]);
    }

    [Fact]
    public void Place_ManagerSplitThePair_NeverJoinsThemAgain()
    {
        var a = Make("Ada", "Lovelace", "ada@example.com");
        var b = Make("Ada", "Lovelace", "ada@example.com", vendor: VendorKind.Cova);
        var (first, second) = LinkDecision.Pair(a.SourceRef, b.SourceRef);
        var decisions = new LinkDecisions([new LinkDecision { SourceRefA = first, SourceRefB = second, Kind = LinkDecisionKind.Apart, DecidedByUserId = "u" }]);
        var plan = new LinkPlan([a, b], decisions);

        plan.Place(b.Id, [a.Id]);
        plan.Finish();

        Assert.NotEqual(plan.PersonOf(a.Id), plan.PersonOf(b.Id));
        Assert.True(plan.WasSplit(b.Id));
    }
}
