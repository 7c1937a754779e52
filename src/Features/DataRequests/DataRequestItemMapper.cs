using System.Globalization;
using System.Text.Json;
using Portal.Vendors.Model;
using Portal.Vendors.MyKaarma;

namespace Portal.Features.DataRequests;

/// <summary>A myKaarma item (as mapped by the vendor layer) onto the stored row; reviews as JSON.</summary>
internal static class DataRequestItemMapper
{
    public const string RequestedAtAttribute = "requestedAtDateTime";

    public static void Apply(DataRequestRow row, DataRequestItem item, MyKaarmaProfileData profile, DateTimeOffset now)
    {
        row.ViewRequestToken = item.ViewRequestToken ?? row.ViewRequestToken;
        row.CustomerExternalId = item.CustomerExternalId;
        row.CustomerName = item.CustomerName;
        row.Vehicle = Vehicle(profile.VehicleInfo);
        row.Type = item.Type;
        row.Name = item.Name;
        row.Description = item.Description;
        row.Required = item.Required;
        row.ApprovalNeeded = item.ApprovalNeeded;
        row.Approvers = string.Join(',', item.ApproverUserUuids);
        row.RequestedByUserUuid = item.RequestedByUserUuid;
        row.RequestedByName = item.RequestedByName;
        row.HasFile = item.HasFile;
        row.HasText = item.HasText;
        row.FileUrl = item.FileUrl;
        ApplyState(row, item.Status, item.Reviews, now);
    }

    /// <summary>What a review changes: the status and the history.</summary>
    public static void ApplyState(DataRequestRow row, string status, IReadOnlyList<DataRequestReview> reviews, DateTimeOffset now)
    {
        row.Status = status;
        row.ReviewsJson = JsonSerializer.Serialize(reviews);
        row.ReviewCount = reviews.Count;
        row.UpdatedUtc = now;
    }

    public static IReadOnlyList<DataRequestReview> Reviews(DataRequestRow row) =>
        JsonSerializer.Deserialize<List<DataRequestReview>>(row.ReviewsJson) ?? [];

    /// <summary>When the customer was asked: the request's requestedAtDateTime attribute, else the listing's createdDateTime.</summary>
    public static DateTimeOffset? RequestedAt(MyKaarmaProfileData profile, MyKaarmaViewRequestRef? listed)
    {
        var attribute = profile.Attributes?.TryGetValue(RequestedAtAttribute, out var value) == true && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
        return Parse(attribute) ?? Parse(listed?.CreatedDateTime);
    }

    private static DateTimeOffset? Parse(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at) ? at : null;

    private static string? Vehicle(MyKaarmaVehicle? vehicle)
    {
        if (vehicle is null || vehicle.IsValid == false)
        {
            return null;
        }
        var name = string.Join(' ', new[] { vehicle.Year, vehicle.Make, vehicle.Model, vehicle.Trim }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var vin = ContactNormalizer.Vin(vehicle.Vin);
        return (name, vin) switch
        {
            ("", null) => null,
            (_, null) => name,
            ("", _) => $"VIN {vin}",
            _ => $"{name} · VIN {vin}",
        };
    }
}
