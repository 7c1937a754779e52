namespace Portal.Sandbox.People;

/// <summary>The slips people make typing a name at a counter, and the case changes emails pick up.</summary>
internal static class Misspellings
{
    private const string KeyboardRows = "qwertyuiop|asdfghjkl|zxcvbnm";

    /// <summary>One slip, never at the first letter: swap two neighbours, drop, double or hit the next key.
    /// The result always differs from <paramref name="name"/>.</summary>
    public static string Typo(ref SandboxRandom rng, string name)
    {
        var position = name.Length > 1 ? rng.Next(1, name.Length) : 0;
        var c = name[position];
        var kind = rng.Next(4);
        if (kind == 0 && position + 1 < name.Length && char.IsLower(c) && char.IsLower(name[position + 1])
            && c != name[position + 1])
        {
            return string.Create(name.Length, (name, position), static (chars, s) =>
            {
                s.name.AsSpan().CopyTo(chars);
                (chars[s.position], chars[s.position + 1]) = (chars[s.position + 1], chars[s.position]);
            });
        }
        if (kind == 1 && name.Length > 3)
        {
            return name.Remove(position, 1);
        }
        if (kind == 2 && KeyboardRows.IndexOf(c) is var key and >= 0)
        {
            var neighbour = key + 1 < KeyboardRows.Length && KeyboardRows[key + 1] != '|' ? key + 1 : key - 1;
            return string.Create(name.Length, (name, position, KeyboardRows[neighbour]), static (chars, s) =>
            {
                s.name.AsSpan().CopyTo(chars);
                chars[s.position] = s.Item3;
            });
        }
        return name.Insert(position, c.ToString());
    }

    /// <summary>The email as a person typed it into a form: capitalised words, all capitals, or a capital domain.</summary>
    public static string EmailCase(ref SandboxRandom rng, string email) => rng.Next(3) switch
    {
        0 => Capitalised(email),
        1 => email.ToUpperInvariant(),
        _ => UpperDomain(email),
    };

    // "john.smith12@example.com" becomes "John.Smith12@Example.Com".
    private static string Capitalised(string email) => string.Create(email.Length, email, static (chars, source) =>
    {
        var startOfWord = true;
        for (var i = 0; i < source.Length; i++)
        {
            chars[i] = startOfWord ? char.ToUpperInvariant(source[i]) : source[i];
            startOfWord = !char.IsLetter(source[i]);
        }
    });

    private static string UpperDomain(string email)
    {
        var at = email.IndexOf('@') + 1;
        return string.Concat(email.AsSpan(0, at), email[at..].ToUpperInvariant());
    }
}
