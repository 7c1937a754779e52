namespace Portal.Sandbox.People;

/// <summary>Driver's licences and SSNs. SSNs use area 9xx, which the SSA never issues, so none can be real.</summary>
internal static class Credentials
{
    public static (SandboxLicence Licence, string Ssn) Draw(int seed, int index, string state)
    {
        var rng = new SandboxRandom(seed, index, Salts.Licence);
        // Each state has its own shape; these are the common ones (letter + digits, or digits only).
        var (letters, digits) = state switch
        {
            "CA" => (1, 7),
            "NY" or "NC" => (0, 9),
            "TX" or "PA" => (0, 8),
            "FL" or "MI" => (1, 12),
            "IL" => (1, 11),
            _ => (1, 8),
        };
        Span<char> number = stackalloc char[letters + digits];
        for (var i = 0; i < number.Length; i++)
        {
            number[i] = i < letters ? (char)('A' + rng.Next(26)) : (char)('0' + rng.Next(10));
        }
        var expiry = SandboxClock.Today.AddDays(rng.Next(-400, 8 * 365)); // some have lapsed
        var ssn = $"9{rng.Next(100):D2}-{rng.Next(1, 100):D2}-{rng.Next(1, 10_000):D4}";
        return (new SandboxLicence(new string(number), state, expiry), ssn);
    }
}
