using System.Text.Json.Nodes;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Drivly;

/// <summary>
/// A version being filtered or sorted: id, parent, createdAt and updatedAt are known without rendering; the
/// version's fields (by "version.x" or plain "x", as the brief's where[customerId] example asks) render the
/// customer's history once, shared by its rows.
/// </summary>
internal sealed class DrivlyVersionRow(int index, long id, DateTimeOffset savedAt, Lazy<IReadOnlyList<DrivlyVersionEntry>> history) : IDrivlyRow
{
    public int Index => index;

    public long Id => id;

    public DrivlyVersionEntry Entry => history.Value.First(v => v.Id == id);

    public JsonNode? Get(string path) => path switch
    {
        "id" => id,
        "parent" => SandboxIds.Number(index),
        "createdAt" or "updatedAt" => DrivlySandbox.Iso(savedAt),
        _ => Entry.Fields[path.StartsWith("version.", StringComparison.Ordinal) ? path["version.".Length..] : path],
    };

    public static IEnumerable<DrivlyVersionRow> Of(DrivlyStore store, int index)
    {
        var history = new Lazy<IReadOnlyList<DrivlyVersionEntry>>(() => store.Versions(index));
        return store.VersionTimes(index).Select(v => new DrivlyVersionRow(index, v.Id, v.SavedAt, history));
    }

    public static bool IsKnownPath(string path) =>
        path is "id" or "parent" or "createdAt" or "updatedAt"
        || (path.StartsWith("version.", StringComparison.Ordinal) ? path["version.".Length..] : path) is var field
            && DrivlySchema.Fields.ContainsKey(field) && !DrivlySchema.IsManaged(field);

    /// <summary>Narrowing for versions: parent, customerId, generated version ids, and time lower bounds.</summary>
    public static DrivlyCandidates? Narrow(DrivlyStore store, DrivlyCondition.FieldTest test) => test.Path switch
    {
        "parent" when test.Operator is "equals" or "in" => DrivlyCandidates.OfIndexes(DrivlyCandidates.Values(test).Select(v => long.TryParse(v, out var n) && n is > 0 and <= int.MaxValue ? (int)n - 1 : -1)),
        "customerId" or "version.customerId" when test.Operator is "equals" or "in" => DrivlyCandidates.OfIndexes(DrivlyCandidates.Values(test)
            .Select(k => SandboxIds.TryParseKey(store.Population.Seed, SandboxVendor.Drivly, k, out var i, out var ordinal) && ordinal == 0 ? i : -1)),
        "id" when test.Operator is "equals" or "in" => DrivlyCandidates.OfIndexes(DrivlyCandidates.Values(test)
            .Select(v => long.TryParse(v, out var n) && n > 0 && DrivlyTimes.OfVersionId(n) is var (i, _) && i < store.Population.Size ? i : -1)),
        "updatedAt" or "createdAt" when test.Operator is "greater_than_equal" or "greater_than" or "equals"
            && DrivlySandbox.ParseTime(test.Operand?.ToString()) is { } t => DrivlyCandidates.AtOrAfter(store.Population, t),
        _ => null,
    };
}
