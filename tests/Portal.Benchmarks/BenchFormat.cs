using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>Numbers as the table prints them: thousands separated, decimals only where they carry meaning.</summary>
public static class BenchFormat
{
    public static string Number(double value) => Math.Abs(value) switch
    {
        >= 100 => value.ToString("N0", CultureInfo.InvariantCulture),
        >= 10 => value.ToString("0.0", CultureInfo.InvariantCulture),
        _ => value.ToString("0.00", CultureInfo.InvariantCulture),
    };
}
