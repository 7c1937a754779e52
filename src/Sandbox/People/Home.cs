using Portal.Sandbox.People.Lists;

namespace Portal.Sandbox.People;

/// <summary>Where a person lives (and its city, for local employers), where they lived before a move, and the city
/// their phone number came from (people keep their number when they move).</summary>
internal readonly record struct Home(SandboxAddress Address, UsCity City, SandboxAddress? Previous, UsCity PhoneCity)
{
    private const double MovedRate = 0.2;

    public static Home Draw(int seed, int index)
    {
        var rng = new SandboxRandom(seed, index, Salts.Home);
        var city = rng.PickSkewed(UsCities.All);
        var address = NewAddress(ref rng, city);
        if (rng.Chance(MovedRate))
        {
            var before = rng.Chance(0.6) ? city : rng.PickSkewed(UsCities.All);
            return new Home(address, city, NewAddress(ref rng, before), before);
        }
        return new Home(address, city, null, rng.Chance(0.1) ? rng.PickSkewed(UsCities.All) : city);
    }

    private static SandboxAddress NewAddress(ref SandboxRandom rng, UsCity city)
    {
        var number = rng.Chance(0.7) ? rng.Next(1, 9_999) : rng.Next(10_000, 99_999);
        var street = rng.Pick(StreetNames.Names);
        var suffix = rng.Pick(StreetNames.Suffixes);
        var line1 = rng.Chance(0.15)
            ? $"{number} {rng.Pick(StreetNames.Directions)} {street} {suffix}"
            : $"{number} {street} {suffix}";
        var zip = (city.FirstZip + rng.Next(city.ZipCount)).ToString("D5");
        return new SandboxAddress(line1, rng.Chance(0.15) ? Unit(ref rng) : null, city.Name, city.State, zip, "US");
    }

    private static string Unit(ref SandboxRandom rng)
    {
        var form = rng.Pick(StreetNames.UnitForms);
        var number = rng.Next(1, 400);
        return form == "#" ? $"#{number}"
            : rng.Chance(0.3) ? $"{form} {number % 20 + 1}{(char)('A' + rng.Next(6))}"
            : $"{form} {number}";
    }
}
