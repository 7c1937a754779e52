namespace Portal.Sandbox.People;

/// <summary>Builds and checks 17-character VINs with the ISO 3779 / 49 CFR 565 check digit in position 9.</summary>
public static class VinGenerator
{
    /// <summary>The 33 characters a VIN may hold (no I, O or Q).</summary>
    internal const string Alphabet = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";

    private const string YearCodes = "ABCDEFGHJKLMNPRSTVWXY123456789"; // 1980, 1981, ... repeating every 30 years
    private const string PlantCodes = "0123456789ABCDEFGHJKLMNPRSTUVWXYZ";
    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    /// <summary>A valid VIN for model year <paramref name="year"/> from manufacturer <paramref name="wmi"/>, with
    /// random descriptor, plant and serial (not guaranteed unique; the population uses the overload that is).</summary>
    public static string Create(ref SandboxRandom rng, int year, string wmi)
    {
        Span<char> descriptor = stackalloc char[5];
        for (var i = 0; i < descriptor.Length; i++)
        {
            descriptor[i] = Alphabet[rng.Next(Alphabet.Length)];
        }
        return Create(wmi, descriptor, year, PlantCodes[rng.Next(PlantCodes.Length)], rng.Next(1_000_000));
    }

    /// <summary>A VIN from its parts: 3-char WMI, 5-char descriptor (positions 4-8), model year, plant and a
    /// six-digit serial (positions 12-17).</summary>
    internal static string Create(string wmi, ReadOnlySpan<char> descriptor, int year, char plant, int serial)
    {
        if (wmi.Length != 3 || descriptor.Length != 5)
        {
            throw new ArgumentException("A VIN needs a 3-character WMI and a 5-character descriptor.");
        }
        Span<char> vin = stackalloc char[17];
        wmi.AsSpan().CopyTo(vin);
        descriptor.CopyTo(vin[3..]);
        vin[9] = YearCode(year);
        vin[10] = plant;
        serial.TryFormat(vin[11..], out _, "D6");
        vin[8] = CheckDigit(vin);
        return new string(vin);
    }

    /// <summary>True when <paramref name="vin"/> has 17 legal characters and the right check digit.</summary>
    public static bool IsValid(string? vin)
    {
        if (vin is null || vin.Length != 17)
        {
            return false;
        }
        foreach (var c in vin)
        {
            if (Alphabet.IndexOf(c) < 0)
            {
                return false;
            }
        }
        return vin[8] == CheckDigit(vin);
    }

    /// <summary>The model-year character of position 10.</summary>
    public static char YearCode(int year) => YearCodes[(((year - 1980) % 30) + 30) % 30];

    private static char CheckDigit(ReadOnlySpan<char> vin)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Transliterate(vin[i]) * Weights[i];
        }
        var remainder = sum % 11;
        return remainder == 10 ? 'X' : (char)('0' + remainder);
    }

    // The standard letter values: A-H = 1-8, J-N = 1-5, P = 7, R = 9, S-Z = 2-9.
    private static int Transliterate(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'H' => c - 'A' + 1,
        >= 'J' and <= 'N' => c - 'J' + 1,
        'P' => 7,
        'R' => 9,
        >= 'S' and <= 'Z' => c - 'S' + 2,
        _ => 0,
    };
}
