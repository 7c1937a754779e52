using System.Text.Json.Nodes;
using Portal.Vendors.Walcu;

namespace Portal.Tests.Vendors.Walcu;

public sealed class WalcuQueryTests
{
    [Fact]
    public void AtOrAfter_UpdatedAt_IsTheSyncFilterInUtcMilliseconds()
    {
        var since = new DateTimeOffset(2026, 10, 30, 14, 3, 11, 123, TimeSpan.FromHours(2)).AddTicks(4567);

        var q = WalcuFilter.AtOrAfter(WalcuField.UpdatedAt, since).ToJson();

        Assert.Equal("""{"updated_at":{"$gte":"2026-10-30T12:03:11.123Z"}}""", q);
    }

    [Theory]
    [InlineData("""x"}, "$where": "1""")]
    [InlineData("""{"$ne": null}""")]
    [InlineData("a\\b\u0000c")]
    public void EqualTo_HostileText_StaysOneJsonString(string text)
    {
        var q = WalcuFilter.EqualTo(WalcuField.ContactsEmails, text).ToJson();

        var parsed = JsonNode.Parse(q) as JsonObject;
        Assert.NotNull(parsed);
        var only = Assert.Single(parsed);
        Assert.Equal("contacts_emails", only.Key);
        Assert.Equal(text, only.Value?.GetValue<string>());
    }

    [Fact]
    public void And_SameFieldTwice_UsesAnd()
    {
        var q = WalcuFilter.EqualTo(WalcuField.ClientId, "a").And(WalcuFilter.In(WalcuField.ClientId, ["a", "b"])).ToJson();

        Assert.Equal("""{"$and":[{"client_id":"a"},{"client_id":{"$in":["a","b"]}}]}""", q);
    }

    [Fact]
    public void And_DifferentFields_OneObject() =>
        Assert.Equal("""{"owner_history.client_id":"c","vin":"V"}""",
            WalcuFilter.EqualTo(WalcuField.OwnerClientId, "c").And(WalcuFilter.EqualTo(WalcuField.Vin, "V")).ToJson());

    [Fact]
    public void ToQueryString_EveryPart_IsEscapedAndInOrder()
    {
        var query = new WalcuListQuery(WalcuFilter.EqualTo(WalcuField.ClientId, "a&b"), " Núñez & co ", WalcuField.UpdatedAt, Descending: true,
            Skip: 40, Limit: 20, Project: ["_id", "primary_contact"]);

        Assert.Equal("?q=%7B%22client_id%22%3A%22a%5Cu0026b%22%7D&search=N%C3%BA%C3%B1ez%20%26%20co&skip=40&limit=20&sort=-updated_at&project=_id%20primary_contact",
            query.ToQueryString());
    }

    [Theory]
    [InlineData(0, "?limit=1")]
    [InlineData(5000, "?limit=1000")]
    public void ToQueryString_LimitOutOfRange_IsClamped(int limit, string expected) =>
        Assert.Equal(expected, new WalcuListQuery(Limit: limit).ToQueryString());
}
