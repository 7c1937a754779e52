using Portal.Sandbox.People.Lists;

namespace Portal.Sandbox.People;

/// <summary>Fictional phone numbers and emails on example domains.</summary>
internal static class Contacts
{
    private static readonly string[] Domains = ["example.com", "example.net", "example.org", "mail.example"];

    /// <summary>+1 AAA 555 01XX: the exchange reserved for fiction, so only 100 numbers per area code exist and
    /// unrelated people do share numbers in a large population.</summary>
    public static string Phone(int seed, int index, UsCity city)
    {
        var rng = new SandboxRandom(seed, index, Salts.Phone);
        return FictionalPhone(ref rng, city);
    }

    public static string FictionalPhone(ref SandboxRandom rng, UsCity city) =>
        $"+1{rng.Pick(city.AreaCodes)}55501{rng.Next(100):D2}";

    /// <summary>A name-based address whose number is unique to the index, so two people never share an email
    /// by accident (only a household's family email is shared, on purpose).</summary>
    public static string Email(int seed, int index, in PersonName name)
    {
        var rng = new SandboxRandom(seed, index, Salts.Email);
        var first = EmailPart(name.Nickname is { } nickname && rng.Chance(0.3) ? nickname : name.Given.Name);
        var last = EmailPart(name.Last);
        var number = UniqueNumber(seed, index);
        var domain = rng.Pick(Domains);
        return rng.Next(5) switch
        {
            0 => $"{first}.{last}{number}@{domain}",
            1 => $"{first[0]}{last}{number}@{domain}",
            2 => $"{first}{last}{number}@{domain}",
            3 => $"{first}_{last}{number}@{domain}",
            _ => $"{last}.{first}{number}@{domain}",
        };
    }

    // A bijection within each run of same-length numbers (10-99, 100-999, ...), so distinct indexes give distinct
    // numbers while the number does not reveal the index.
    private static long UniqueNumber(int seed, int index)
    {
        long value = index + 10L;
        long low = 10;
        while (low * 10 <= value)
        {
            low *= 10;
        }
        var span = 9 * low;
        var offset = (long)(SandboxRandom.Mix((uint)seed) % (ulong)span);
        return low + ((value - low) * 7 + offset) % span;
    }

    // Lower-case ASCII letters only: "Núñez-O'Brien" becomes "nunezobrien".
    private static string EmailPart(string name)
    {
        Span<char> chars = stackalloc char[name.Length];
        var length = 0;
        foreach (var c in name)
        {
            var plain = Fold(char.ToLowerInvariant(c));
            if (plain is >= 'a' and <= 'z')
            {
                chars[length++] = plain;
            }
        }
        return new string(chars[..length]);
    }

    private static char Fold(char c) => c switch
    {
        'á' or 'à' or 'â' or 'ä' or 'ã' => 'a',
        'é' or 'è' or 'ê' or 'ë' => 'e',
        'í' or 'ì' or 'î' or 'ï' => 'i',
        'ó' or 'ò' or 'ô' or 'ö' or 'õ' => 'o',
        'ú' or 'ù' or 'û' or 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        _ => c,
    };
}
