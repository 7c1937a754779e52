using System.Globalization;
using Portal.Security;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Profile;

/// <summary>A record's sensitive values as labelled items: masked (the default) or in clear (after a reveal).</summary>
public static class SensitiveItems
{
    public static IReadOnlyList<SensitiveItem> Clear(SensitiveCustomerData? data) => data is null ? [] :
    [
        new("Date of birth", data.DateOfBirth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("Licence number", data.LicenceNumber is null ? null : $"{data.LicenceNumber}{(data.LicenceState is { } s ? $" ({s})" : "")}"),
        new("SSN", data.Ssn),
        new("Income", data.Income is { } income ? $"{income.ToString("N0", CultureInfo.InvariantCulture)}{(data.IncomeInterval is { } i ? $" / {i}" : "")}" : null),
        new("Employer", data.EmployerName),
    ];

    public static IReadOnlyList<SensitiveItem> Masked(SensitiveCustomerData? data) =>
        Clear(data).Select(i => i with { Value = i.Value is null ? null : Mask(i) }).ToList();

    // Only long numbers keep their last four digits; names, dates and amounts are masked whole.
    private static string Mask(SensitiveItem item) => item.Label is "SSN" or "Licence number"
        ? SensitiveValues.Mask(item.Value) ?? SensitiveValues.Masked
        : SensitiveValues.Masked;
}
