using Portal.Sandbox.People;

namespace Portal.Sandbox.Walcu.Generation;

/// <summary>
/// Everything Walcu holds about one person, decided up front from (seed, person): the client view, how many of
/// each child record exist, and the ids other vendors know them by. Child records are built from this on demand.
/// </summary>
internal sealed class WalcuPlan
{
    private const int PlanSalt = 0x57A1;
    private readonly int[] _repairOrdersBefore;

    public WalcuPlan(WalcuWorld world, int index)
    {
        var population = world.Population;
        World = world;
        Person = population.Person(index);
        View = population.View(Person, SandboxVendor.Walcu) ?? throw new InvalidOperationException($"Person {index} is not a Walcu client.");
        Modified = View.ModifiedAt;
        Created = Person.CreatedAt < Modified ? Person.CreatedAt : Modified;
        var rng = new SandboxRandom(population.Seed, SandboxVendor.Walcu, index, PlanSalt);
        Vehicles = Math.Min(Person.Vehicles.Count, WalcuOrdinals.Max(WalcuCollection.ClientVehicles));
        SaleLeads = rng.Next(100) switch { < 45 => 0, < 85 => 1, _ => 2 };
        AfterSaleLeads = Vehicles == 0 ? 0 : rng.Next(100) switch { < 60 => 0, < 90 => 1, _ => 2 };
        _repairOrdersBefore = new int[Vehicles + 1];
        for (var v = 0; v < Vehicles; v++)
        {
            _repairOrdersBefore[v + 1] = Math.Min(_repairOrdersBefore[v] + rng.Next(4), WalcuOrdinals.Max(WalcuCollection.RepairOrders));
        }
        OfferOnLead = Enumerable.Range(0, SaleLeads).Select(_ => rng.Chance(0.5)).ToArray();
        IsBusiness = Person.Company is not null && rng.Chance(0.5);
        GovernmentId = rng.Chance(0.3) ? Person.Licence.Number : null;
        SavedVersions = rng.Next(7);
        ForeignIds = ForeignIdsOf(population, index, ref rng);
    }

    public WalcuWorld World { get; }
    public SandboxPerson Person { get; }
    public SandboxVendorView View { get; }
    public int Index => Person.Index;
    public DateTimeOffset Created { get; }
    public DateTimeOffset Modified { get; }
    public int Vehicles { get; }
    public int SaleLeads { get; }
    public int AfterSaleLeads { get; }
    public bool[] OfferOnLead { get; }
    public bool IsBusiness { get; }
    public string? GovernmentId { get; }
    public IReadOnlyList<string> ForeignIds { get; }

    /// <summary>The client's __v: how many times it was saved before the sandbox started.</summary>
    public int SavedVersions { get; }

    public int RepairOrders => _repairOrdersBefore[Vehicles];

    public string ClientId => Id(WalcuOrdinals.Client);

    public string ContactId => Id(WalcuOrdinals.PrimaryContact);

    public string Id(int ordinal) => World.Id(Index, ordinal);

    /// <summary>The id of record k of a collection (or of its sub-document <paramref name="part"/>, 1..49).</summary>
    public string Id(WalcuCollection collection, int k, int part = 0) => Id(WalcuOrdinals.Of(collection, k) + part);

    public int Count(WalcuCollection collection) => collection.Name switch
    {
        "clients" or "contacts" => 1,
        "clientvehicles" => Vehicles,
        "saleleads" or "cars" => SaleLeads,
        "aftersaleleads" => AfterSaleLeads,
        "repairorders" => RepairOrders,
        "offers" => OfferOnLead.Count(o => o),
        _ => 0,
    };

    /// <summary>The vehicle repair order k was for.</summary>
    public int VehicleOfRepairOrder(int k) => Array.FindLastIndex(_repairOrdersBefore, before => before <= k);

    /// <summary>The sale lead offer k was made on (offers are numbered over the leads that have one).</summary>
    public int LeadOfOffer(int k) => Enumerable.Range(0, SaleLeads).Where(l => OfferOnLead[l]).ElementAt(k);

    /// <summary>A random stream for one record of this person.</summary>
    public SandboxRandom Random(int ordinal) => new(World.Population.Seed, SandboxVendor.Walcu, Index, PlanSalt + 1 + ordinal);

    // Other vendors' ids as linking evidence: Guardant's record number, Cova's Guid, and now and then a DMS number.
    private static List<string> ForeignIdsOf(SandboxPopulation population, int index, ref SandboxRandom rng)
    {
        var ids = new List<string>();
        if (population.Holds(index, SandboxVendor.Guardant) && rng.Chance(0.5))
        {
            ids.Add("guardant:" + SandboxIds.Number(index).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        if (population.Holds(index, SandboxVendor.Cova) && rng.Chance(0.4))
        {
            ids.Add(SandboxIds.Guid(population.Seed, SandboxVendor.Cova, index).ToString());
        }
        if (rng.Chance(0.2))
        {
            ids.Add("dms:" + rng.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return ids;
    }
}
