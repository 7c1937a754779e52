using System.Text.Json.Nodes;
using Portal.Sandbox.Walcu;

namespace Portal.Tests.Sandbox.Walcu;

/// <summary>The emulator's q filter, sort, project and search over plain documents.</summary>
public sealed class WalcuQueryEngineTests
{
    private static readonly JsonObject Liz = Doc("""
        {"_id":"a","__v":2,"updated_at":"2026-10-01T10:00:00.000Z","foreign_ids":["guardant:12","dms:3"],
         "owner_history":[{"client_id":"c1"},{"client_id":"c2"}],
         "primary_contact":{"name":{"first_name":"Elizabeth","last_name":"Núñez-O'Brien"},"emails":["Liz@Example.com"],"phones":["+1 917 555 0181"]},
         "contacts":[],"business_details":null}
        """);

    [Theory]
    [InlineData("""{"_id":"a"}""", true)]
    [InlineData("""{"_id":"b"}""", false)]
    [InlineData("""{"foreign_ids":"guardant:12"}""", true)]
    [InlineData("""{"owner_history.client_id":"c2"}""", true)]
    [InlineData("""{"owner_history.client_id":"c3"}""", false)]
    [InlineData("""{"updated_at":{"$gte":"2026-10-01T12:00:00+02:00"}}""", true)]
    [InlineData("""{"updated_at":{"$gt":"2026-10-01T10:00:00Z"}}""", false)]
    [InlineData("""{"updated_at":{"$gte":"2026-09-30","$lt":"2026-10-02"}}""", true)]
    [InlineData("""{"__v":{"$in":[1,2.0]}}""", true)]
    [InlineData("""{"__v":{"$nin":[2]}}""", false)]
    [InlineData("""{"__v":{"$ne":3}}""", true)]
    [InlineData("""{"pinned_note_id":null}""", true)]
    [InlineData("""{"pinned_note_id":{"$exists":true}}""", false)]
    [InlineData("""{"primary_contact.name.last_name":{"$regex":"^núñez","$options":"i"}}""", true)]
    [InlineData("""{"$or":[{"_id":"x"},{"__v":2}]}""", true)]
    [InlineData("""{"$and":[{"_id":"a"},{"__v":3}]}""", false)]
    [InlineData("""{"$nor":[{"_id":"x"}]}""", true)]
    public void Matches_MongoQuery_FollowsMongoSemantics(string q, bool expected) =>
        Assert.Equal(expected, WalcuFilter.Parse(q)?.Matches(Liz));

    [Theory]
    [InlineData("[1]")]
    [InlineData("{\"a\":")]
    [InlineData("""{"$where":"sleep(1)"}""")]
    [InlineData("""{"a":{"$expr":1}}""")]
    [InlineData("""{"$or":[]}""")]
    [InlineData("""{"a":{"$regex":"("}}""")]
    public void Parse_Unsupported_Is400(string q)
    {
        var error = Assert.Throws<WalcuApiError>(() => WalcuFilter.Parse(q)?.Matches(Liz));

        Assert.Equal((400, "invalid_query"), (error.Status, error.Code));
    }

    [Fact]
    public void Sort_MultipleKeys_OrdersLikeMongo()
    {
        var docs = new[] { Doc("""{"n":2,"s":"b"}"""), Doc("""{"n":1,"s":"z"}"""), Doc("""{"n":2,"s":"a"}"""), Doc("""{"s":"m"}""") };

        var sort = WalcuSort.Parse("-n,s");

        Assert.NotNull(sort);
        Assert.Equal(["a", "b", "z", "m"], docs.Order(Comparer<JsonObject>.Create(sort.Compare)).Select(d => d["s"]?.GetValue<string>()));
        Assert.True(WalcuSort.Parse("updated_at")?.IsAscending("updated_at"));
        Assert.True(WalcuSort.Parse("""{"updated_at":-1}""")?.Keys[0].Descending);
    }

    [Fact]
    public void Project_IncludeAndExclude_KeepTheRightFields()
    {
        var included = WalcuProjection.Parse("primary_contact.name.first_name __v")?.Apply(Liz);
        var excluded = WalcuProjection.Parse("-primary_contact -owner_history -_id")?.Apply(Liz);

        Assert.Equal("""{"_id":"a","primary_contact":{"name":{"first_name":"Elizabeth"}},"__v":2}""", included?.ToJsonString());
        Assert.Equal(["__v", "updated_at", "foreign_ids", "contacts", "business_details"], excluded?.Select(p => p.Key));
        Assert.Throws<WalcuApiError>(() => WalcuProjection.Parse("a -b"));
    }

    [Theory]
    [InlineData("nunez", true)]
    [InlineData("elizabeth núñez-o'brien", true)]
    [InlineData("LIZ@EXAMPLE.COM", true)]
    [InlineData("(917) 555-0181", true)]
    [InlineData("9175550181", true)]
    [InlineData("guardant:12", true)]
    [InlineData("elizabeth smith", false)]
    [InlineData("212 555", false)]
    public void Search_Terms_MatchNamesEmailsPhonesAndIds(string search, bool expected) =>
        Assert.Equal(expected, WalcuSearch.Parse(search)?.Matches(Liz, WalcuCollection.Clients));

    private static JsonObject Doc(string json) => JsonNode.Parse(json) as JsonObject ?? throw new InvalidOperationException();
}
