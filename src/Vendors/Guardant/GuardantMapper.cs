using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Portal.Vendors.Http;
using Portal.Vendors.Model;

namespace Portal.Vendors.Guardant;

/// <summary>Guardant customers and orders in the portal's common shape. Epoch-second dates of 0 mean "none".</summary>
public static class GuardantMapper
{
    public static SourceRef CustomerRef(int connectionId, long customerId) =>
        new(VendorKind.Guardant, connectionId, customerId.ToString(CultureInfo.InvariantCulture));

    public static CustomerRecord ToCustomer(GuardantCustomer c, int connectionId) => new(CustomerRef(connectionId, c.Id))
    {
        FirstName = Blank(c.Name),
        LastName = Blank(c.LastName),
        CompanyName = Blank(c.CompanyName),
        Emails = ContactNormalizer.Emails([c.Email]),
        Phones = ContactNormalizer.Phones([c.Phone]),
        Disabled = c.Archived,
        ForeignIds = new[] { c.CrmId, c.RefId }.OfType<string>().Where(id => id.Trim().Length > 0).Select(id => id.Trim()).Distinct().ToList(),
        VersionToken = Fingerprint(c),
    };

    public static OrderRecord ToOrder(GuardantOrder o, int connectionId, long customerId) =>
        new(new SourceRef(VendorKind.Guardant, connectionId, o.Id.ToString(CultureInfo.InvariantCulture)), "guardant-order")
        {
            Number = o.Number > 0 ? o.Number.ToString(CultureInfo.InvariantCulture) : null,
            Customer = CustomerRef(connectionId, customerId),
            DateUtc = Epoch(o.Date),
            SubmittedUtc = Epoch(o.SubmitDate),
            Status = o.Status switch
            {
                (int)GuardantOrderStatus.Draft => OrderStatus.Draft,
                (int)GuardantOrderStatus.Submit => OrderStatus.Submitted,
                (int)GuardantOrderStatus.Revoked => OrderStatus.Revoked,
                _ => OrderStatus.Other,
            },
            VendorStatus = Enum.IsDefined((GuardantOrderStatus)o.Status) ? ((GuardantOrderStatus)o.Status).ToString() : o.Status.ToString(CultureInfo.InvariantCulture),
            Description = Blank(o.Description),
            Quantity = o.Quantity,
            Archived = o.Archived,
            Details = Details(o),
        };

    /// <summary>Epoch seconds as a UTC time; 0 (or anything out of range) is "none".</summary>
    public static DateTimeOffset? Epoch(long seconds) =>
        seconds > 0 && seconds < 253_402_300_800 ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;

    private static Dictionary<string, string> Details(GuardantOrder o)
    {
        var details = new Dictionary<string, string>
        {
            ["type"] = o.Type.ToString(CultureInfo.InvariantCulture),
            ["activationlimit"] = o.ActivationLimit.ToString(CultureInfo.InvariantCulture),
            ["canoverwritecontainer"] = o.CanOverwriteContainer ? "true" : "false",
            ["customerrequired"] = o.CustomerRequired ? "true" : "false",
            ["isdemo"] = o.IsDemo ? "true" : "false",
        };
        AddDate(details, "activationbirthdate", o.ActivationBirthDate);
        AddDate(details, "activationdeathdate", o.ActivationDeathDate);
        AddDate(details, "archivationdate", o.ArchivationDate);
        AddText(details, "crmid", o.CrmId);
        AddText(details, "refid", o.RefId);
        return details;
    }

    private static void AddDate(Dictionary<string, string> details, string name, long seconds)
    {
        if (Epoch(seconds) is { } date)
        {
            details[name] = date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        }
    }

    private static void AddText(Dictionary<string, string> details, string name, string? value)
    {
        if (Blank(value) is { } text)
        {
            details[name] = text;
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    // Guardant has no version or modification time: a hash of the record tells the portal it changed.
    private static string Fingerprint(GuardantCustomer c) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(c, VendorJson.Options)))[..16];
}
