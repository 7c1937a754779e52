using System.Collections.ObjectModel;

namespace Portal.Sandbox.People;

/// <summary>One shared read-only list per bit mask, built once, so handing out "which vendors" or "which
/// variations" in the hot path allocates nothing.</summary>
internal static class SubsetLists
{
    /// <summary>Entry m lists <paramref name="item"/>(b) for each set bit b of m, lowest bit first.</summary>
    public static ReadOnlyCollection<T>[] Build<T>(int bits, Func<int, T> item)
    {
        var lists = new ReadOnlyCollection<T>[1 << bits];
        for (var mask = 0; mask < lists.Length; mask++)
        {
            var items = new List<T>();
            for (var bit = 0; bit < bits; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    items.Add(item(bit));
                }
            }
            lists[mask] = items.AsReadOnly();
        }
        return lists;
    }
}
