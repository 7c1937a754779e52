using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.People;

/// <summary>A 10,000-person population generated once (about 20 ms) and shared by the tests that look at rates.</summary>
internal static class PopulationSample
{
    public const int Seed = 20261122;
    public const int Size = 10_000;

    private static readonly Lazy<(SandboxPopulation Population, SandboxPerson[] People, SandboxVendorView[] Views)> Sample =
        new(Generate);

    public static SandboxPopulation Population => Sample.Value.Population;

    public static IReadOnlyList<SandboxPerson> People => Sample.Value.People;

    public static IReadOnlyList<SandboxVendorView> Views => Sample.Value.Views;

    private static (SandboxPopulation, SandboxPerson[], SandboxVendorView[]) Generate()
    {
        var population = new SandboxPopulation(Seed, Size);
        var people = new SandboxPerson[Size];
        var views = new List<SandboxVendorView>();
        for (var i = 0; i < Size; i++)
        {
            people[i] = population.Person(i);
            foreach (var vendor in population.VendorsOf(i))
            {
                views.Add(population.View(people[i], vendor) ?? throw new InvalidOperationException("listed vendor without a view"));
            }
        }
        return (population, people, views.ToArray());
    }
}
