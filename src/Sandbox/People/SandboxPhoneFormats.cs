namespace Portal.Sandbox.People;

/// <summary>The ways US numbers are written in vendor records.</summary>
public enum SandboxPhoneFormat
{
    /// <summary>+12125550123</summary>
    E164,
    /// <summary>2125550123</summary>
    Digits,
    /// <summary>(212) 555-0123</summary>
    Parenthesised,
    /// <summary>212-555-0123</summary>
    Dashed,
    /// <summary>212.555.0123</summary>
    Dotted,
    /// <summary>+1 212 555 0123</summary>
    Spaced,
    /// <summary>1-212-555-0123</summary>
    TrunkDashed,
}

/// <summary>Formats canonical E.164 numbers the way each vendor's records hold them.</summary>
public static class SandboxPhoneFormats
{
    internal const int Count = 7;

    /// <summary>How most of a vendor's records write phones; the rest carry <see cref="SandboxVariation.PhoneFormat"/>.</summary>
    public static SandboxPhoneFormat HouseFormat(SandboxVendor vendor) => vendor switch
    {
        SandboxVendor.Drivly => SandboxPhoneFormat.E164,
        SandboxVendor.MyKaarma => SandboxPhoneFormat.Digits,
        SandboxVendor.Cova => SandboxPhoneFormat.Parenthesised,
        SandboxVendor.Walcu => SandboxPhoneFormat.Spaced,
        _ => SandboxPhoneFormat.Dashed,
    };

    /// <summary>Writes a +1 NANP number (+1AAAEEELLLL) in <paramref name="format"/>.</summary>
    public static string Format(string e164, SandboxPhoneFormat format)
    {
        if (e164.Length != 12 || !e164.StartsWith("+1", StringComparison.Ordinal))
        {
            throw new ArgumentException("Expected a +1 number of 12 characters.", nameof(e164));
        }
        var area = e164.AsSpan(2, 3);
        var exchange = e164.AsSpan(5, 3);
        var line = e164.AsSpan(8, 4);
        return format switch
        {
            SandboxPhoneFormat.E164 => e164,
            SandboxPhoneFormat.Digits => e164[2..],
            SandboxPhoneFormat.Parenthesised => $"({area}) {exchange}-{line}",
            SandboxPhoneFormat.Dashed => $"{area}-{exchange}-{line}",
            SandboxPhoneFormat.Dotted => $"{area}.{exchange}.{line}",
            SandboxPhoneFormat.Spaced => $"+1 {area} {exchange} {line}",
            _ => $"1-{area}-{exchange}-{line}",
        };
    }
}
