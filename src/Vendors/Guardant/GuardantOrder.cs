using System.Text.Json.Serialization;

namespace Portal.Vendors.Guardant;

/// <summary>Guardant order statuses ("Get a list of customer orders").</summary>
public enum GuardantOrderStatus { Draft = 0, Submit = 1, Revoked = 2 }

/// <summary>An order of a customer, every documented field ("Get a list of customer orders"). Dates are epoch seconds, 0 = none.</summary>
public sealed record GuardantOrder
{
    [JsonPropertyName("_id")] public long Id { get; init; }
    [JsonPropertyName("number")] public long Number { get; init; }
    [JsonPropertyName("status")] public int Status { get; init; }
    [JsonPropertyName("type")] public int Type { get; init; }
    [JsonPropertyName("date")] public long Date { get; init; }
    [JsonPropertyName("submitdate")] public long SubmitDate { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    [JsonPropertyName("quantity")] public int Quantity { get; init; }
    [JsonPropertyName("activationlimit")] public int ActivationLimit { get; init; }
    [JsonPropertyName("activationbirthdate")] public long ActivationBirthDate { get; init; }
    [JsonPropertyName("activationdeathdate")] public long ActivationDeathDate { get; init; }
    [JsonPropertyName("archived")] public bool Archived { get; init; }
    [JsonPropertyName("archivationdate")] public long ArchivationDate { get; init; }
    [JsonPropertyName("canoverwritecontainer")] public bool CanOverwriteContainer { get; init; }
    [JsonPropertyName("customerrequired")] public bool CustomerRequired { get; init; }
    [JsonPropertyName("isdemo")] public bool IsDemo { get; init; }
    [JsonPropertyName("crmid")] public string? CrmId { get; init; }
    [JsonPropertyName("refid")] public string? RefId { get; init; }
}

internal sealed record GuardantOrderList([property: JsonPropertyName("orders")] IReadOnlyList<GuardantOrder>? Orders);
