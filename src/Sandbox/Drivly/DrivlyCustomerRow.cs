using System.Text.Json.Nodes;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Drivly;

/// <summary>
/// A customer being filtered or sorted. id, customerId, createdAt and updatedAt of an unpatched customer come from
/// arithmetic; any other field renders the document once.
/// </summary>
internal sealed class DrivlyCustomerRow(DrivlyStore store, int index) : IDrivlyRow
{
    private JsonObject? _doc;

    public int Index => index;

    public long Id => SandboxIds.Number(index);

    public JsonNode? Get(string path)
    {
        if (!store.IsPatched(index))
        {
            switch (path)
            {
                case "id":
                    return Id;
                case "customerId":
                    return SandboxIds.Key(store.Population.Seed, SandboxVendor.Drivly, index);
                case "updatedAt":
                    return DrivlySandbox.Iso(store.UpdatedAt(index));
                case "createdAt":
                    return DrivlySandbox.Iso(DrivlyTimes.CreatedAt(store.Population, index));
            }
        }
        _doc ??= store.Current(index);
        return _doc?[path];
    }

    /// <summary>Every field a where or sort may name on customers.</summary>
    public static bool IsKnownPath(string path) => DrivlySchema.Fields.ContainsKey(path);

    /// <summary>Narrowing for customers: id, customerId, and updatedAt/createdAt bounds.</summary>
    public static DrivlyCandidates? Narrow(DrivlyStore store, DrivlyCondition.FieldTest test) => test.Path switch
    {
        "id" when test.Operator is "equals" or "in" => DrivlyCandidates.OfIndexes(DrivlyCandidates.Values(test).Select(v => long.TryParse(v, out var id) && id is > 0 and <= int.MaxValue ? (int)id - 1 : -1)),
        "customerId" when test.Operator is "equals" or "in" => DrivlyCandidates.OfIndexes(DrivlyCandidates.Values(test)
            .Select(k => SandboxIds.TryParseKey(store.Population.Seed, SandboxVendor.Drivly, k, out var i, out var ordinal) && ordinal == 0 ? i : -1)),
        "updatedAt" or "createdAt" => TimeBound(store, test),
        _ => null,
    };

    private static DrivlyCandidates? TimeBound(DrivlyStore store, DrivlyCondition.FieldTest test)
    {
        if (DrivlySandbox.ParseTime(test.Operand?.ToString()) is not { } t)
        {
            return null;
        }
        // createdAt <= updatedAt, so a lower bound on either bounds updatedAt; upper bounds only hold for updatedAt.
        return (test.Operator, test.Path) switch
        {
            ("greater_than_equal" or "greater_than" or "equals", _) => DrivlyCandidates.AtOrAfter(store.Population, t),
            ("less_than", "updatedAt") => DrivlyCandidates.Before(store.Population, t),
            ("less_than_equal", "updatedAt") => DrivlyCandidates.Before(store.Population, t.AddTicks(1)),
            _ => null,
        };
    }
}
