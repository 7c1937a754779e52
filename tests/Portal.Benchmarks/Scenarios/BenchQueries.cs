using Portal.Sandbox.People;

namespace Portal.Benchmarks.Scenarios;

/// <summary>One typed query and what kind of thing the person typed.</summary>
public sealed record BenchQuery(string Kind, string Text);

/// <summary>
/// The mixed queries of the index scenario, drawn (seeded) from the people loaded: name prefixes, full names,
/// phones in several formats, emails in odd case, VINs and vendor external ids, in turn.
/// </summary>
public static class BenchQueries
{
    private static readonly string[] Kinds = ["name prefix", "full name", "phone", "email", "vin", "external id"];

    public static IReadOnlyList<BenchQuery> Mix(SandboxPopulation population, int loadedPeople, int count, int seed = 42)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(i =>
        {
            var index = random.Next(loadedPeople);
            var kind = Kinds[i % Kinds.Length];
            return new BenchQuery(kind, Text(kind, population, index, random));
        }).ToList();
    }

    private static string Text(string kind, SandboxPopulation population, int index, Random random)
    {
        var person = population.Person(index);
        return kind switch
        {
            "name prefix" => person.LastName[..Math.Min(person.LastName.Length, 2 + random.Next(3))],
            "full name" => $"{person.FirstName} {person.LastName}",
            "phone" => Phone(person.PhoneE164, random.Next(4)),
            "email" => random.Next(2) == 0 ? person.Email.ToUpperInvariant() : person.Email,
            "vin" => person.Vehicles.Count > 0 ? person.Vehicles[0].Vin : person.LastName,
            _ => PopulationRecords.Of(population, index).Select(r => r.Source.ExternalId).FirstOrDefault() ?? person.LastName,
        };
    }

    /// <summary>+13125550142 as (312) 555-0142, 312.555.0142, +1 312 555 0142 or 3125550142.</summary>
    private static string Phone(string e164, int format)
    {
        var (area, exchange, line) = (e164[2..5], e164[5..8], e164[8..]);
        return format switch
        {
            0 => $"({area}) {exchange}-{line}",
            1 => $"{area}.{exchange}.{line}",
            2 => $"+1 {area} {exchange} {line}",
            _ => area + exchange + line,
        };
    }
}
