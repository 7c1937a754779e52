using Portal.Sandbox.People;

namespace Portal.Sandbox.Guardant;

/// <summary>
/// Renders person i of the population as Guardant holds them (customer _id = i + 1) and their orders, each a pure
/// function of (seed, index), so nothing is kept in memory for records nobody changed.
/// </summary>
internal static class GuardantGenerator
{
    private const int SaltCustomer = 0x4701;
    private const int SaltOrders = 0x4702;

    private static readonly string[] Descriptions =
    [
        "", "", "", "Dealer management licence", "Service bay terminals", "F&I workstation seats", "Renewed at the annual review",
        "Parts counter licence", "Reseller account", "Trial converted to paid", "Multi-rooftop group licence",
    ];

    private static readonly string[] OrderDescriptions =
    [
        "Annual licence renewal", "Additional seats", "Service department terminals", "Replacement dongle",
        "Upgrade to multi-rooftop", "Demo licence for evaluation", "Parts counter add-on", "Time-limited trial",
    ];

    public static GuardantWireCustomer? Customer(SandboxPopulation population, int index)
    {
        if (Core(population, index) is not (var view, var company, var archived, var rng))
        {
            return null;
        }
        return new GuardantWireCustomer
        {
            Id = SandboxIds.Number(index),
            Name = view.FirstName,
            LastName = view.LastName,
            CompanyName = company,
            Email = view.Email ?? "",
            Phone = view.Phone ?? "",
            Description = rng.Pick(Descriptions),
            Status = rng.Chance(0.15) ? 1 : 0,
            Archived = archived,
            ArchivationDate = archived ? GuardantSandbox.Epoch(view.ModifiedAt) : 0,
            CrmId = population.Holds(index, SandboxVendor.Walcu) && rng.Chance(0.5)
                ? SandboxIds.ObjectId(population.Seed, SandboxVendor.Walcu, index) : "",
            RefId = ForeignKey(population, index, ref rng),
        };
    }

    /// <summary>Only what the list's sorts and filters need (no ids, no description): the cheap part of a customer.</summary>
    public static (string First, string Last, string Company, bool Archived)? SortFields(SandboxPopulation population, int index) =>
        Core(population, index) is (var view, var company, var archived, _) ? (view.FirstName, view.LastName, company, archived) : null;

    // The draws every customer starts with, in order: archived, then whether it is held under the company name.
    private static (SandboxVendorView View, string Company, bool Archived, SandboxRandom Rng)? Core(SandboxPopulation population, int index)
    {
        if (index < 0 || index >= population.Size || !population.Holds(index, SandboxVendor.Guardant))
        {
            return null;
        }
        var person = population.Person(index);
        if (population.View(person, SandboxVendor.Guardant) is not { } view)
        {
            return null;
        }
        var rng = GuardantSandbox.Random(population.Seed, index, SaltCustomer);
        var archived = rng.Chance(0.08);
        // Licences bought for a business are held under the company name; a few keep only the person.
        var company = person.Company is { } name && rng.Chance(0.8) ? name : "";
        return (view, company, archived, rng);
    }

    /// <summary>The customer's orders (up to seven), in every status; ids are FirstOrderId + index * 8 + k.</summary>
    public static IReadOnlyList<GuardantWireOrder> Orders(SandboxPopulation population, int index, DateTimeOffset customerModified)
    {
        var rng = GuardantSandbox.Random(population.Seed, index, SaltOrders);
        var count = rng.Chance(0.15) ? 0 : rng.Next(1, GuardantSandbox.OrdersPerCustomer);
        var orders = new GuardantWireOrder[count];
        for (var k = 0; k < count; k++)
        {
            orders[k] = Order(ref rng, index, k, customerModified);
        }
        return orders;
    }

    private static GuardantWireOrder Order(ref SandboxRandom rng, int index, int k, DateTimeOffset customerModified)
    {
        var id = GuardantSandbox.FirstOrderId + ((long)index * GuardantSandbox.OrdersPerCustomer) + k;
        var date = customerModified - TimeSpan.FromDays(rng.Next(14, 1100)) - TimeSpan.FromSeconds(rng.Next(86_400));
        var roll = rng.NextDouble();
        var status = roll < 0.2 ? 0 : roll < 0.85 ? 1 : 2; // Draft, Submit, Revoked
        var submitted = status == 0 ? (DateTimeOffset?)null : date + TimeSpan.FromHours(rng.Next(1, 240));
        var activated = submitted is { } s && rng.Chance(0.8) ? s + TimeSpan.FromHours(rng.Next(1, 72)) : (DateTimeOffset?)null;
        var archived = rng.Chance(0.05);
        return new GuardantWireOrder
        {
            Id = id,
            // Drafts have no number yet; a few old submitted orders were imported without one, as in the document.
            Number = submitted is null || rng.Chance(0.05) ? 0 : 100_000 + id,
            Status = status,
            Type = rng.Chance(0.8) ? 0 : 1,
            Date = GuardantSandbox.Epoch(date),
            SubmitDate = submitted is { } sd ? GuardantSandbox.Epoch(sd) : 0,
            ActivationBirthDate = activated is { } a ? GuardantSandbox.Epoch(a) : 0,
            ActivationDeathDate = status == 2 && activated is { } b ? GuardantSandbox.Epoch(b + TimeSpan.FromDays(rng.Next(1, 365))) : 0,
            ActivationLimit = rng.Next(1, 11),
            Quantity = rng.Next(1, 51),
            Description = rng.Pick(OrderDescriptions),
            IsDemo = rng.Chance(0.05),
            CanOverwriteContainer = rng.Chance(0.1),
            CustomerRequired = rng.Chance(0.85),
            Archived = archived,
            ArchivationDate = archived ? GuardantSandbox.Epoch(date + TimeSpan.FromDays(rng.Next(30, 400))) : 0,
        };
    }

    // refid often carries the key the customer has in another of the dealer's systems.
    private static string ForeignKey(SandboxPopulation population, int index, ref SandboxRandom rng)
    {
        if (population.Holds(index, SandboxVendor.Drivly) && rng.Chance(0.35))
        {
            return SandboxIds.Key(population.Seed, SandboxVendor.Drivly, index);
        }
        return population.Holds(index, SandboxVendor.Cova) && rng.Chance(0.3) ? SandboxIds.Key(population.Seed, SandboxVendor.Cova, index) : "";
    }
}
