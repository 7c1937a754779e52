using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>A record in a scan: its id now, its document only when someone reads it (skipping and counting stay cheap).</summary>
internal sealed class WalcuEntry(string id, Func<JsonObject> build)
{
    private JsonObject? _doc;

    public WalcuEntry(string id, JsonObject doc) : this(id, () => doc) => _doc = doc;

    public string Id { get; } = id;

    public JsonObject Doc => _doc ??= build();
}
