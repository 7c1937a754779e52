using System.Text.Json.Nodes;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Drivly;

/// <summary>
/// Which person indexes can hold a match, worked out from the where's id and time tests before any document is
/// rendered: "updatedAt &gt;= T" is the index range from FirstIndexModifiedAtOrAfter(T), "id = 42" is index 41.
/// Always a superset: every candidate is still tested against the whole where, and patched customers (whose times
/// and fields moved) are always candidates.
/// </summary>
internal abstract record DrivlyCandidates
{
    public static DrivlyCandidates All { get; } = new Range(0, int.MaxValue);

    public static DrivlyCandidates None { get; } = new Set(new SortedSet<int>());

    /// <summary>Narrows a compiled where with a per-field rule (null from the rule = no narrowing for that test).</summary>
    public static DrivlyCandidates Of(DrivlyCondition? where, Func<DrivlyCondition.FieldTest, DrivlyCandidates?> rule) => where switch
    {
        DrivlyCondition.AllOf all => all.Parts.Aggregate(All, (acc, p) => acc.And(Of(p, rule))),
        DrivlyCondition.AnyOf { Parts.Count: > 0 } any => any.Parts.Aggregate(None, (acc, p) => acc.Or(Of(p, rule))),
        DrivlyCondition.FieldTest test => rule(test) ?? All,
        _ => All,
    };

    /// <summary>Customers whose updatedAt (or any version time) can be at or after <paramref name="t"/>.</summary>
    public static DrivlyCandidates AtOrAfter(SandboxPopulation population, DateTimeOffset t) =>
        new Range(population.FirstIndexModifiedAtOrAfter(t, SandboxVendor.Drivly), int.MaxValue);

    /// <summary>Generated customers whose updatedAt is before <paramref name="t"/>.</summary>
    public static DrivlyCandidates Before(SandboxPopulation population, DateTimeOffset t) =>
        new Range(0, population.FirstIndexModifiedAtOrAfter(t, SandboxVendor.Drivly));

    public static DrivlyCandidates OfIndexes(IEnumerable<int> indexes) => new Set(new SortedSet<int>(indexes.Where(i => i >= 0)));

    /// <summary>The operand of equals/in as a list of texts.</summary>
    public static IEnumerable<string> Values(DrivlyCondition.FieldTest test) => test.Operator switch
    {
        "equals" => [Text(test.Operand)],
        "in" => test.Operand is JsonArray list ? list.Select(Text) : Text(test.Operand).Split(',', StringSplitOptions.TrimEntries),
        _ => [],
    };

    public abstract DrivlyCandidates And(DrivlyCandidates other);

    public abstract DrivlyCandidates Or(DrivlyCandidates other);

    /// <summary>The candidate customers that exist, ascending, with every patched customer merged in.</summary>
    public IEnumerable<int> Enumerate(DrivlyStore store)
    {
        var members = store.Members;
        var own = this switch
        {
            Range r => Slice(members, r.From, r.To),
            Set s => s.Indexes.Where(store.Exists),
            _ => [],
        };
        return own.Union(store.PatchedIndexes).Order();
    }

    private static IEnumerable<int> Slice(int[] members, int from, int to)
    {
        var start = LowerBound(members, from);
        for (var p = start; p < members.Length && members[p] < to; p++)
        {
            yield return members[p];
        }
    }

    public static int LowerBound(int[] sorted, int value)
    {
        var p = Array.BinarySearch(sorted, value);
        return p >= 0 ? p : ~p;
    }

    private static string Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "";

    private sealed record Range(int From, int To) : DrivlyCandidates
    {
        public override DrivlyCandidates And(DrivlyCandidates other) => other switch
        {
            Range r => new Range(Math.Max(From, r.From), Math.Min(To, r.To)),
            Set s => new Set(new SortedSet<int>(s.Indexes.Where(i => i >= From && i < To))),
            _ => this,
        };

        public override DrivlyCandidates Or(DrivlyCandidates other) => other switch
        {
            Range r => new Range(Math.Min(From, r.From), Math.Max(To, r.To)),
            Set { Indexes.Count: 0 } => this,
            Set s => new Range(Math.Min(From, s.Indexes.Min), Math.Max(To, s.Indexes.Max + 1)),
            _ => this,
        };
    }

    private sealed record Set(SortedSet<int> Indexes) : DrivlyCandidates
    {
        public override DrivlyCandidates And(DrivlyCandidates other) => other switch
        {
            Set s => new Set(new SortedSet<int>(Indexes.Intersect(s.Indexes))),
            _ => other.And(this),
        };

        public override DrivlyCandidates Or(DrivlyCandidates other) => other switch
        {
            Set s => new Set(new SortedSet<int>(Indexes.Union(s.Indexes))),
            _ => other.Or(this),
        };
    }
}
