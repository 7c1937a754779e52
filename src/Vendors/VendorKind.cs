namespace Portal.Vendors;

/// <summary>The vendor systems the portal wraps.</summary>
public enum VendorKind { Drivly, MyKaarma, Cova, Walcu, Guardant }

public static class VendorKinds
{
    /// <summary>Lower-case slug used in paths, configuration and SourceRef strings.</summary>
    public static string Slug(this VendorKind vendor) => vendor.ToString().ToLowerInvariant();

    /// <summary>Human name, e.g. "Walcu CRM".</summary>
    public static string DisplayName(this VendorKind vendor) => vendor switch
    {
        VendorKind.Drivly => "Drivly",
        VendorKind.MyKaarma => "myKaarma",
        VendorKind.Cova => "Cova",
        VendorKind.Walcu => "Walcu CRM",
        VendorKind.Guardant => "Guardant",
        _ => vendor.ToString(),
    };

    public static bool TryParseSlug(string? slug, out VendorKind vendor) =>
        Enum.TryParse(slug, ignoreCase: true, out vendor) && Enum.IsDefined(vendor);
}
