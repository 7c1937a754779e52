using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Walcu;

/// <summary>
/// The emulator's data: generated records (from the population, on demand) under an in-memory overlay of writes,
/// creates and deletes. Stored documents are never mutated after they are stored (writes store a new one), so
/// readers may hand them out without copying. Every write bumps <c>__v</c> and stamps <c>updated_at</c>.
/// </summary>
internal sealed class WalcuStore(WalcuWorld world, TimeProvider time)
{
    /// <summary>The API user every write is attributed to (updated_by, created_by).</summary>
    public const string ApiUserId = "64f1c2a9e4b0a1b2c3d4ffff";

    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, Written>> _overlay = new(StringComparer.Ordinal);
    private readonly WalcuWriteClock _clock = new(time);
    private readonly Lock _gate = new();
    private long _sequence;

    public WalcuStore(WalcuWorld world) : this(world, TimeProvider.System)
    {
    }

    public WalcuWorld World => world;

    public JsonObject? Find(WalcuCollection collection, string id) =>
        Overlay(collection).TryGetValue(id, out var written) ? written.Doc : world.Generate(collection, id);

    /// <summary>
    /// Every live record in natural order: generated ones (skipping those written over), then writes oldest first;
    /// or all of it reversed. For clients this is updated_at order, since writes are stamped after every generated time.
    /// </summary>
    public IEnumerable<WalcuEntry> Scan(WalcuCollection collection, WalcuScanHint hint, bool descending = false)
    {
        var overlay = Overlay(collection);
        var written = overlay.Values.Where(w => w.Doc is not null).OrderBy(w => w.Sequence).Select(w => w.Doc).OfType<JsonObject>()
            .Select(doc => new WalcuEntry(doc["_id"].AsString() ?? "", doc));
        var generated = world.Scan(collection, hint, descending).Where(e => !overlay.ContainsKey(e.Id));
        return descending ? written.Reverse().Concat(generated) : generated.Concat(written);
    }

    public JsonObject Patch(WalcuCollection collection, string id, JsonNode? patch)
    {
        lock (_gate)
        {
            var current = Find(collection, id) ?? throw WalcuApiError.NotFound(collection.Singular, id);
            return Save(collection, id, WalcuJsonPatch.Apply(current, patch, collection.Schema, collection.IsServerOwned), current);
        }
    }

    public JsonObject Replace(WalcuCollection collection, string id, JsonNode? body)
    {
        lock (_gate)
        {
            var current = Find(collection, id) ?? throw WalcuApiError.NotFound(collection.Singular, id);
            var doc = WalcuBody.Read(collection, body, id);
            if (body?["__v"] is JsonValue version && !JsonEquality.Same(version, current["__v"]))
            {
                throw WalcuApiError.Conflict($"The {collection.Singular} is at __v {current["__v"]?.ToJsonString()}, not {version.ToJsonString()}.");
            }
            foreach (var field in (string[])["_id", "dealer_id", "created_at", "created_by", "computed"])
            {
                doc[field] = current[field]?.DeepClone();
            }
            return Save(collection, id, doc, current);
        }
    }

    public JsonObject Create(WalcuCollection collection, JsonNode? body)
    {
        lock (_gate)
        {
            var id = world.NewId();
            var doc = WalcuBody.Read(collection, body, null);
            doc["_id"] = id;
            doc["dealer_id"] = WalcuSandbox.DealerId;
            doc["created_at"] = Iso(_clock.Next());
            doc["created_by"] = ApiUserId;
            return Save(collection, id, doc, previous: null);
        }
    }

    public void Delete(WalcuCollection collection, string id)
    {
        lock (_gate)
        {
            _ = Find(collection, id) ?? throw WalcuApiError.NotFound(collection.Singular, id);
            Overlay(collection)[id] = new Written(null, Interlocked.Increment(ref _sequence));
        }
    }

    public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private JsonObject Save(WalcuCollection collection, string id, JsonObject doc, JsonObject? previous)
    {
        doc["__v"] = (long)(previous?["__v"].AsNumber() ?? -1) + 1;
        doc["updated_at"] = Iso(_clock.Next());
        doc["updated_by"] = ApiUserId;
        if (collection == WalcuCollection.Clients)
        {
            WalcuClientContacts.Refresh(doc);
        }
        var stored = collection.Schema.Complete(doc);
        AssignIds(stored);
        Overlay(collection)[id] = new Written(stored, Interlocked.Increment(ref _sequence));
        return stored;
    }

    /// <summary>Gives every new sub-document an _id, as MongoDB does.</summary>
    private void AssignIds(JsonNode? node)
    {
        if (node is JsonObject o)
        {
            if (o.ContainsKey("_id") && o["_id"] is null)
            {
                o["_id"] = world.NewId();
            }
            foreach (var child in o.Select(p => p.Value).ToList())
            {
                AssignIds(child);
            }
        }
        else if (node is JsonArray a)
        {
            foreach (var child in a)
            {
                AssignIds(child);
            }
        }
    }

    private ConcurrentDictionary<string, Written> Overlay(WalcuCollection collection) =>
        _overlay.GetOrAdd(collection.Name, _ => new ConcurrentDictionary<string, Written>(StringComparer.Ordinal));

    /// <summary>A write: the record as stored, or null for a delete; <paramref name="Sequence"/> orders writes.</summary>
    private sealed record Written(JsonObject? Doc, long Sequence);
}
