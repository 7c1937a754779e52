using System.Text.Json.Nodes;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Drivly;

/// <summary>
/// The shortcut for the sync feed (where only bounds updatedAt, sort=updatedAt or -updatedAt): generated customers
/// are already in updatedAt order by index, and patched ones come after all of them (they were written later), so a
/// page is found by arithmetic on the index range instead of a pass over it. Works the same at a million people.
/// </summary>
internal static class DrivlyTimeOrder
{
    public static DrivlyResult? TryPage(DrivlyStore store, DrivlyListRequest request, Func<int, JsonObject?> render)
    {
        if (request.Sort is not [{ Path: "updatedAt" } sort] || !TryBounds(store.Population, request.Where, out var from, out var to))
        {
            return null;
        }
        var members = store.Members;
        var (first, end) = (DrivlyCandidates.LowerBound(members, from), DrivlyCandidates.LowerBound(members, to));
        var patched = store.PatchedIndexes;
        var skipped = patched.Select(i => DrivlyCandidates.LowerBound(members, i)).Where(p => p >= first && p < end).ToArray();
        var generated = end - first - skipped.Length;
        var late = patched.Where(i => request.Where is null || request.Where.Matches(new DrivlyCustomerRow(store, i)))
            .OrderBy(store.UpdatedAt).ThenBy(i => i).ToArray();
        var total = generated + late.Length;
        var docs = new List<JsonObject>();
        for (var k = request.Offset; k < total && docs.Count < request.Limit; k++)
        {
            // Ascending: the generated customers, then the patched ones; descending is the same sequence backwards.
            var position = sort.Descending ? total - 1 - k : k;
            var index = position < generated ? members[Nth(first, skipped, (int)position)] : late[position - generated];
            if (render(index) is { } doc)
            {
                docs.Add(doc);
            }
        }
        return new DrivlyResult(docs, total);
    }

    /// <summary>The member position of the n-th generated customer from <paramref name="first"/>, stepping over patched ones.</summary>
    private static int Nth(int first, int[] skipped, int n)
    {
        var position = first + n;
        foreach (var s in skipped)
        {
            if (s <= position)
            {
                position++;
            }
        }
        return position;
    }

    /// <summary>True when the where is only an AND of updatedAt bounds; gives the index range they allow.</summary>
    private static bool TryBounds(SandboxPopulation population, DrivlyCondition? where, out int from, out int to)
    {
        (from, to) = (0, population.Size);
        foreach (var test in Tests(where))
        {
            if (test is not { Path: "updatedAt" } || DrivlySandbox.ParseTime(test.Operand?.ToString()) is not { } t)
            {
                return false;
            }
            var at = (Func<DateTimeOffset, int>)(x => population.FirstIndexModifiedAtOrAfter(x, SandboxVendor.Drivly));
            switch (test.Operator)
            {
                case "greater_than_equal": from = Math.Max(from, at(t)); break;
                case "greater_than": from = Math.Max(from, at(t.AddTicks(1))); break;
                case "less_than": to = Math.Min(to, at(t)); break;
                case "less_than_equal": to = Math.Min(to, at(t.AddTicks(1))); break;
                default: return false;
            }
        }
        to = Math.Max(from, to);
        return true;
    }

    private static IEnumerable<DrivlyCondition.FieldTest?> Tests(DrivlyCondition? where) => where switch
    {
        null => [],
        DrivlyCondition.FieldTest test => [test],
        DrivlyCondition.AllOf all => all.Parts.SelectMany(Tests),
        _ => [null],
    };
}
