using System.Collections.Concurrent;
using Portal.Sandbox.Cova;
using Portal.Sandbox.Drivly;
using Portal.Sandbox.Guardant;
using Portal.Sandbox.MyKaarma;
using Portal.Sandbox.People;
using Portal.Sandbox.Walcu;

namespace Portal.TestSupport.Leaks;

public sealed record LeakCanary(string Kind, string Value);

/// <summary>
/// Values that must never reach a log or the database in clear: the sandbox vendors' credentials and the SSNs and
/// licence numbers of the generated people. Only shapes that cannot occur by chance are used (dashed SSNs; licence
/// numbers with a letter), so a hit is a leak, not a coincidence in a hash or a timestamp.
/// </summary>
public static class LeakCanaries
{
    private static readonly ConcurrentDictionary<(int, int), IReadOnlyList<LeakCanary>> Cache = new();

    public static IReadOnlyList<LeakCanary> Secrets { get; } =
    [
        new("api key", DrivlySandbox.ApiKey), new("api key", GuardantSandbox.ApiKey), new("api key", WalcuSandbox.ApiKey),
        new("password", MyKaarmaSandbox.Password), new("client secret", CovaSandbox.ClientSecret), new("password", CovaSandbox.Password),
    ];

    public static IReadOnlyList<LeakCanary> For(int seed, int size) => Cache.GetOrAdd((seed, size), key =>
    {
        var population = new SandboxPopulation(key.Item1, key.Item2);
        var canaries = new List<LeakCanary>(Secrets);
        for (var i = 0; i < population.Size; i++)
        {
            var person = population.Person(i);
            canaries.Add(new("SSN", person.Ssn));
            if (person.Licence.Number.Any(char.IsLetter) && person.Licence.Number.Length >= 8)
            {
                canaries.Add(new("licence number", person.Licence.Number));
            }
        }
        return canaries;
    });
}
