using System.Text.Json;
using System.Text.Json.Nodes;
using Portal.Vendors.Http;

namespace Portal.Tests.Vendors.Walcu;

/// <summary>The Walcu document's examples (each GET example is rendered as a one-element array).</summary>
internal static class WalcuExamples
{
    public static JsonObject Record(string collection) =>
        DocFixtures.Json("walcu", collection + ".json") is JsonArray { Count: 1 } list && list[0] is JsonObject first ? first : throw new InvalidOperationException(collection);

    public static T Dto<T>(string collection) =>
        Record(collection).Deserialize<T>(VendorJson.Options) ?? throw new InvalidOperationException(collection);
}
