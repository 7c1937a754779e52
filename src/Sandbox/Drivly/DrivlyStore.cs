using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Drivly;

/// <summary>A customer changed through the API: its current document and the versions its patches added.</summary>
internal sealed record DrivlyPatched(JsonObject Current, ImmutableList<DrivlyVersionEntry> Added);

/// <summary>
/// The emulator's customers: generated from the population on demand, with PATCHes kept in an in-memory overlay.
/// Each patch moves updatedAt to the write time (after every generated time) and adds a version.
/// </summary>
internal sealed class DrivlyStore : ISandboxWarmUp
{
    private readonly SandboxPopulation _population;
    private readonly ConcurrentDictionary<int, DrivlyPatched> _patched = new();
    private readonly Lazy<int[]> _members;
    private readonly Lazy<DrivlyCatalog> _catalog;
    private readonly Lock _writes = new();
    private DateTimeOffset _lastWrite = SandboxClock.Now;
    private long _lastVersionId;

    public DrivlyStore(SandboxPopulation population)
    {
        _population = population;
        _members = new(() => Enumerable.Range(0, _population.Size).Where(i => _population.Holds(i, SandboxVendor.Drivly)).ToArray());
        _catalog = new(() => DrivlyCatalog.Build(_population, Members));
        _lastVersionId = 16L * _population.Size; // after every generated version id
    }

    public SandboxPopulation Population => _population;

    public string Name => "drivly customers and version orders";

    public void WarmUp() => _ = Catalog;

    /// <summary>Person indexes of every Drivly customer, ascending (which is also ascending generated updatedAt).</summary>
    public int[] Members => _members.Value;

    /// <summary>The cached orders of what writes never change, built on first use.</summary>
    public DrivlyCatalog Catalog => _catalog.Value;

    /// <summary>Every version a PATCH added, in no particular order.</summary>
    public IEnumerable<DrivlyVersionEntry> AddedVersions => _patched.Values.SelectMany(p => p.Added);

    /// <summary>Indexes of the patched customers, ascending.</summary>
    public int[] PatchedIndexes => _patched.Keys.Order().ToArray();

    public bool IsPatched(int index) => _patched.ContainsKey(index);

    public bool Exists(int index) => index >= 0 && index < _population.Size && _population.Holds(index, SandboxVendor.Drivly);

    /// <summary>The customer's current document (a fresh copy the caller may change), or null.</summary>
    public JsonObject? Current(int index) =>
        _patched.TryGetValue(index, out var p) ? p.Current.DeepClone().AsObject() : DrivlyDocFactory.Customer(_population, index);

    /// <summary>The customer's updatedAt without rendering the document.</summary>
    public DateTimeOffset UpdatedAt(int index) =>
        _patched.TryGetValue(index, out var p) ? DrivlySandbox.ParseTime(p.Current["updatedAt"]?.GetValue<string>()) ?? _lastWrite
            : _population.ModifiedAt(index, SandboxVendor.Drivly);

    /// <summary>Every version of the customer, oldest first; empty when there is no such customer.</summary>
    public IReadOnlyList<DrivlyVersionEntry> Versions(int index)
    {
        if (!Exists(index) || DrivlyDocFactory.Customer(_population, index) is not { } generated)
        {
            return [];
        }
        var versions = DrivlyHistory.Versions(_population, index, generated);
        return _patched.TryGetValue(index, out var p) ? [.. versions, .. p.Added] : versions;
    }

    /// <summary>The save times of the customer's versions with their ids, without rendering any document.</summary>
    public IReadOnlyList<(long Id, DateTimeOffset SavedAt)> VersionTimes(int index)
    {
        var times = DrivlyTimes.VersionTimes(_population, index).Select((t, j) => (DrivlyTimes.VersionId(index, j), t));
        return _patched.TryGetValue(index, out var p) ? [.. times, .. p.Added.Select(v => (v.Id, v.SavedAt))] : times.ToList();
    }

    /// <summary>Applies a checked PATCH body; returns the new document, or null when there is no such customer.</summary>
    public JsonObject? Patch(int index, JsonObject changes)
    {
        lock (_writes)
        {
            if (!Exists(index) || Current(index) is not { } doc)
            {
                return null;
            }
            foreach (var (name, value) in changes)
            {
                doc[name] = value?.DeepClone();
            }
            _lastWrite = Next(_lastWrite);
            doc["updatedAt"] = DrivlySandbox.Iso(_lastWrite);
            var version = new DrivlyVersionEntry(++_lastVersionId, index, DrivlyHistory.Fields(doc), _lastWrite);
            var added = _patched.TryGetValue(index, out var p) ? p.Added.Add(version) : [version];
            _patched[index] = new DrivlyPatched(doc, added);
            return doc.DeepClone().AsObject();
        }
    }

    // Write times come after every generated time, never repeat, and keep Payload's millisecond precision.
    private static DateTimeOffset Next(DateTimeOffset last)
    {
        var now = DateTimeOffset.UtcNow;
        now = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
        return now > last ? now : last.AddMilliseconds(1);
    }
}
