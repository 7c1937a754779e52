namespace Portal.Features.Admin.Dealerships;

/// <summary>IANA time zone ids this machine knows (vendor dates are shown in the dealership's zone).</summary>
public static class TimeZones
{
    private static readonly Lazy<IReadOnlyList<string>> Ids = new(() => TimeZoneInfo.GetSystemTimeZones()
        .Select(z => TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : z.Id)
        .Append("UTC")
        .Distinct(StringComparer.Ordinal)
        .Order(StringComparer.Ordinal)
        .ToList());

    public static IReadOnlyList<string> All => Ids.Value;

    public static bool IsKnown(string id) => All.Contains(id, StringComparer.Ordinal);
}
