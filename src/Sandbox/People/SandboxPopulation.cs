namespace Portal.Sandbox.People;

/// <summary>The sandbox's people: every record is computed from (seed, index) on demand, so a population of a
/// million costs nothing until read. Immutable and safe to share between threads.</summary>
/// <param name="seed">Sandbox:Seed. The same seed always yields the same people, views and ids.</param>
/// <param name="size">Sandbox:People: indexes run from 0 to size - 1.</param>
public sealed class SandboxPopulation(int seed, int size)
{
    private readonly Timeline _timeline = new(size >= 0 ? size : throw new ArgumentOutOfRangeException(nameof(size)));

    public int Seed { get; } = seed;

    public int Size { get; } = size;

    /// <summary>The canonical truth about person <paramref name="index"/>.</summary>
    public SandboxPerson Person(int index) => PersonFactory.Create(Seed, Check(index), _timeline);

    /// <summary>The one to four vendors holding the person, in enum order (a shared list: do not cast and mutate).</summary>
    public IReadOnlyList<SandboxVendor> VendorsOf(int index) => VendorMix.List(VendorMix.Mask(Seed, Check(index)));

    /// <summary>True when <paramref name="vendor"/> holds the person; cheaper than <see cref="VendorsOf"/> or a view.</summary>
    public bool Holds(int index, SandboxVendor vendor) => VendorMix.Holds(VendorMix.Mask(Seed, Check(index)), vendor);

    /// <summary>How <paramref name="vendor"/> holds the person, or null when it does not.</summary>
    public SandboxVendorView? View(int index, SandboxVendor vendor) =>
        Holds(index, vendor) ? VendorViews.Create(Seed, Person(index), vendor, ModifiedAt(index, vendor)) : null;

    /// <summary>The same as <see cref="View(int, SandboxVendor)"/> for a person already generated, which saves
    /// regenerating them once per vendor.</summary>
    public SandboxVendorView? View(SandboxPerson person, SandboxVendor vendor) =>
        Holds(person.Index, vendor) ? VendorViews.Create(Seed, person, vendor, ModifiedAt(person.Index, vendor)) : null;

    /// <summary>Whom the person resembles on purpose (a household member, a namesake), for measuring linking.</summary>
    public SandboxRelation RelationOf(int index) => Kinship.Of(Seed, Check(index));

    /// <summary>The person's <see cref="SandboxPerson.ModifiedAt"/> without generating the person.</summary>
    public DateTimeOffset ModifiedAt(int index) => _timeline.ModifiedAt(Seed, Check(index));

    /// <summary>When <paramref name="vendor"/>'s record was last modified (defined even where the vendor holds no
    /// record); it also grows with the index.</summary>
    public DateTimeOffset ModifiedAt(int index, SandboxVendor vendor) => _timeline.ModifiedAt(Seed, Check(index), vendor);

    /// <summary>The smallest index whose person was modified at or after <paramref name="t"/> (every later one was
    /// too); <see cref="Size"/> when none was.</summary>
    public int FirstIndexModifiedAtOrAfter(DateTimeOffset t) => _timeline.FirstIndexAtOrAfter(t, ModifiedAt);

    /// <summary>The same for <paramref name="vendor"/>'s records: "modified since T" is every record the vendor
    /// holds from this index on.</summary>
    public int FirstIndexModifiedAtOrAfter(DateTimeOffset t, SandboxVendor vendor) =>
        _timeline.FirstIndexAtOrAfter(t, index => ModifiedAt(index, vendor));

    /// <summary>Finds the owner of a VIN from this population by decoding it; false for any other VIN.</summary>
    public bool TryFindVehicle(string vin, out int index, out int ordinal)
    {
        if (Garage.TryDecode(Seed, vin, out index, out ordinal) && index < Size)
        {
            var vehicles = Garage.Draw(Seed, index);
            if (ordinal < vehicles.Length && vehicles[ordinal].Vin == vin)
            {
                return true;
            }
        }
        (index, ordinal) = (-1, -1);
        return false;
    }

    private int Check(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Size);
        return index;
    }
}
