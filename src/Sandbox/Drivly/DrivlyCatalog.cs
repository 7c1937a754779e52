using Portal.Sandbox.People;

namespace Portal.Sandbox.Drivly;

/// <summary>
/// Orders of the generated records that never change, built once: customers by createdAt (patches cannot move it)
/// and generated versions by save time (patches only add later ones). The unfiltered lists sorted this way are then
/// a slice of an array at a million people too.
/// </summary>
internal sealed class DrivlyCatalog
{
    private DrivlyCatalog(int[] byCreated, long[] versionsBySaved) => (CustomersByCreated, VersionsBySaved) = (byCreated, versionsBySaved);

    /// <summary>Person indexes of the customers, ascending by (createdAt, id).</summary>
    public int[] CustomersByCreated { get; }

    /// <summary>Ids of the generated versions, ascending by (save time, id).</summary>
    public long[] VersionsBySaved { get; }

    public static DrivlyCatalog Build(SandboxPopulation population, int[] members)
    {
        var created = new long[members.Length];
        var versionTicks = new List<long>(members.Length * 2);
        var versionIds = new List<long>(members.Length * 2);
        for (var p = 0; p < members.Length; p++)
        {
            var times = DrivlyTimes.VersionTimes(population, members[p]);
            created[p] = times[0].UtcTicks;
            for (var j = 0; j < times.Length; j++)
            {
                versionTicks.Add(times[j].UtcTicks);
                versionIds.Add(DrivlyTimes.VersionId(members[p], j));
            }
        }
        var byCreated = (int[])members.Clone();
        Array.Sort(created, byCreated); // members are ascending, and Array.Sort is not stable: fix ties below
        SortTiesById(created, byCreated);
        var ticks = versionTicks.ToArray();
        var ids = versionIds.ToArray();
        Array.Sort(ticks, ids);
        SortTiesById(ticks, ids);
        return new DrivlyCatalog(byCreated, ids);
    }

    // Equal times are rare (whole seconds over two years); where they happen, ids decide, as the general listing does.
    private static void SortTiesById<T>(long[] keys, T[] items) where T : IComparable<T>
    {
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start])
            {
                end++;
            }
            if (end - start > 1)
            {
                Array.Sort(items, start, end - start);
            }
            start = end;
        }
    }
}
