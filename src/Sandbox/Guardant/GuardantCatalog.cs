using Portal.Sandbox.People;

namespace Portal.Sandbox.Guardant;

/// <summary>
/// The generated customers in each documented sort order, with the two filter flags (company, archived) per
/// customer, so a list page at a million people is a walk over integers instead of a sort of records.
/// </summary>
internal sealed class GuardantCatalog
{
    public const byte Company = 1;
    public const byte ArchivedFlag = 2;

    private readonly Dictionary<GuardantSortBy, int[]> _orders;

    private GuardantCatalog(int[] indexes, byte[] flags, Dictionary<GuardantSortBy, int[]> orders) =>
        (Indexes, Flags, _orders) = (indexes, flags, orders);

    /// <summary>Person indexes of the generated customers, ascending.</summary>
    public int[] Indexes { get; }

    /// <summary>Per position in <see cref="Indexes"/>: <see cref="Company"/> and <see cref="ArchivedFlag"/> bits.</summary>
    public byte[] Flags { get; }

    /// <summary>Positions into <see cref="Indexes"/>, ascending by <paramref name="sort"/>.</summary>
    public int[] Order(GuardantSortBy sort) => _orders[sort];

    /// <summary>Position of a person index in <see cref="Indexes"/>, or a negative number.</summary>
    public int PositionOf(int index) => Array.BinarySearch(Indexes, index);

    public static GuardantCatalog Build(SandboxPopulation population)
    {
        var indexes = Enumerable.Range(0, population.Size).Where(i => population.Holds(i, SandboxVendor.Guardant)).ToArray();
        var fields = new (string First, string Last, string Company, bool Archived)[indexes.Length];
        var flags = new byte[indexes.Length];
        for (var p = 0; p < indexes.Length; p++)
        {
            fields[p] = GuardantGenerator.SortFields(population, indexes[p])
                ?? throw new InvalidOperationException($"Person {indexes[p]} is held by Guardant but renders no customer.");
            flags[p] = (byte)((fields[p].Company.Length > 0 ? Company : 0) | (fields[p].Archived ? ArchivedFlag : 0));
        }
        var orders = Enum.GetValues<GuardantSortBy>().ToDictionary(s => s, s =>
        {
            var keys = fields.Select(f => GuardantSortKey.Key(s, f.First, f.Last, f.Company)).ToArray();
            var order = Enumerable.Range(0, indexes.Length).ToArray();
            // Positions follow person indexes, which follow _id: equal keys keep _id order, as Compare does.
            Array.Sort(order, (a, b) => string.CompareOrdinal(keys[a], keys[b]) is var c && c != 0 ? c : a.CompareTo(b));
            return order;
        });
        return new GuardantCatalog(indexes, flags, orders);
    }
}
