using System.Globalization;
using System.Text.Json;
using Portal.Vendors.Model;

namespace Portal.Vendors.MyKaarma;

/// <summary>myKaarma profile data to the portal's customer record and data-request items.</summary>
public static class MyKaarmaMapper
{
    /// <summary>The attributes keys that name who asked for the data (assumption, see docs/vendor-assumptions/mykaarma.md).</summary>
    public const string RequestedByUserUuidAttribute = "requestedByUserUuid";
    public const string RequestedByNameAttribute = "requestedByName";

    /// <summary>The customer of a view request; null when the answer names no customer.</summary>
    public static CustomerRecord? ToCustomer(int connectionId, MyKaarmaProfileData profile)
    {
        var info = profile.CustomerInfo;
        var id = info is null ? null : FirstText(info.Uuid, info.CustomerKey, info.Id?.ToString(CultureInfo.InvariantCulture));
        if (info is null || id is null)
        {
            return null;
        }
        var communications = (info.Communications ?? []).OrderByDescending(c => c.Preferred == true).ToList();
        return new CustomerRecord(new SourceRef(VendorKind.MyKaarma, connectionId, id))
        {
            FirstName = Clean(info.Fname),
            LastName = Clean(info.Lname),
            CompanyName = Clean(info.Company),
            Emails = ContactNormalizer.Emails(communications.Where(IsEmail).Select(c => c.CommValue)),
            Phones = ContactNormalizer.Phones(communications.Where(c => !IsEmail(c)).Select(c => c.CommValue)),
            Vehicles = (info.Vehicles ?? []).Where(v => v.IsValid != false).Select(v => ToVehicle(connectionId, v)).ToList(),
        };
    }

    /// <summary>Every vault item of a view request, with the request's customer, vehicle and requester.</summary>
    public static IReadOnlyList<DataRequestItem> ToItems(int connectionId, string viewRequestToken, MyKaarmaProfileData profile) =>
        (profile.Items ?? []).Where(i => !string.IsNullOrEmpty(i.Uuid)).Select(i => ToItem(connectionId, viewRequestToken, profile, i)).ToList();

    public static DataRequestItem ToItem(int connectionId, string viewRequestToken, MyKaarmaProfileData profile, MyKaarmaItem item)
    {
        var meta = item.DealerSupportedItemMetaData;
        var customer = profile.CustomerInfo;
        return new DataRequestItem(new SourceRef(VendorKind.MyKaarma, connectionId, item.Uuid ?? ""),
            profile.DepartmentUuid ?? "", profile.VaultDataRequestUuid ?? "")
        {
            ViewRequestToken = viewRequestToken,
            CustomerExternalId = customer?.Uuid,
            CustomerName = string.Join(' ', new[] { customer?.Fname, customer?.Lname }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } n ? n : customer?.Company,
            Type = item.Type,
            Name = item.Name,
            Description = item.Description,
            Required = item.Required == true,
            ApprovalNeeded = item.ApprovalNeeded == true,
            Status = item.Status ?? "",
            Vin = ContactNormalizer.Vin(profile.VehicleInfo?.Vin),
            ApproverUserUuids = (item.DealerAssociatesWithApprovalAuthority ?? [])
                .Where(a => a.IsValid != false && !string.IsNullOrEmpty(a.UserUuid)).Select(a => a.UserUuid ?? "").Distinct().ToList(),
            RequestedByUserUuid = Attribute(profile, RequestedByUserUuidAttribute),
            RequestedByName = Attribute(profile, RequestedByNameAttribute),
            HasFile = !string.IsNullOrEmpty(meta?.FileUrl),
            HasText = !string.IsNullOrEmpty(meta?.FileText),
            FileUrl = Clean(meta?.FileUrl),
            FileText = meta?.FileText,
            Reviews = (item.Reviews ?? []).Select(ToReview).ToList(),
        };
    }

    public static DataRequestReview ToReview(MyKaarmaReview review) =>
        new(review.ReviewStatus ?? "", Clean(review.ReviewerUserUuid), Clean(review.ReviewerName), review.Reason, ParseInstant(review.ReviewedAtDateTime));

    /// <summary>The body of the call that records a review: a reviews[] element.</summary>
    public static MyKaarmaReview ToWire(DataRequestReview review) => new()
    {
        ReviewStatus = review.Status,
        ReviewerUserUuid = review.ReviewerUserUuid,
        ReviewerName = review.ReviewerName,
        Reason = review.Reason,
        ReviewedAtDateTime = review.ReviewedAtUtc?.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
    };

    private static VehicleRecord ToVehicle(int connectionId, MyKaarmaVehicle v) => new(
        ContactNormalizer.Vin(v.Vin),
        int.TryParse(v.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year : null,
        Clean(v.Make), Clean(v.Model), Clean(v.Trim),
        string.IsNullOrEmpty(v.Uuid) ? null : new SourceRef(VendorKind.MyKaarma, connectionId, v.Uuid));

    /// <summary>An e-mail by its type, or by its shape when the type is missing.</summary>
    private static bool IsEmail(MyKaarmaCommunication c) =>
        string.Equals(c.CommType, "EMAIL", StringComparison.OrdinalIgnoreCase)
        || (string.IsNullOrEmpty(c.CommType) && c.CommValue?.Contains('@') == true);

    private static string? Attribute(MyKaarmaProfileData profile, string key) =>
        profile.Attributes?.TryGetValue(key, out var value) == true && value.ValueKind == JsonValueKind.String ? Clean(value.GetString()) : null;

    /// <summary>ISO 8601; a time without an offset is taken as UTC.</summary>
    private static DateTimeOffset? ParseInstant(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;

    private static string? FirstText(params string?[] values) => values.Select(Clean).FirstOrDefault(v => v is not null);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
