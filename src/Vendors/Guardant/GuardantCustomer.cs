using System.Text.Json.Serialization;

namespace Portal.Vendors.Guardant;

/// <summary>
/// A customer as Guardant reads it back ("Get a list of customers", "Get a customer by ID"). Reads use the short
/// names (name, lastname...); writes use <see cref="GuardantCustomerWrite"/>'s customerName... names.
/// </summary>
public sealed record GuardantCustomer
{
    [JsonPropertyName("_id")] public long Id { get; init; }
    [JsonPropertyName("name")] public string? Name { get; init; }
    [JsonPropertyName("lastname")] public string? LastName { get; init; }
    [JsonPropertyName("companyname")] public string? CompanyName { get; init; }
    [JsonPropertyName("email")] public string? Email { get; init; }
    [JsonPropertyName("phone")] public string? Phone { get; init; }
    [JsonPropertyName("description")] public string? Description { get; init; }
    /// <summary>The vendor's customer status code (0 or 1; the document does not name them).</summary>
    [JsonPropertyName("status")] public int Status { get; init; }
    [JsonPropertyName("archived")] public bool Archived { get; init; }
    /// <summary>Epoch seconds; 0 when not archived.</summary>
    [JsonPropertyName("archivationdate")] public long ArchivationDate { get; init; }
    /// <summary>An id of the same customer in a CRM: often another vendor's id, so strong linking evidence.</summary>
    [JsonPropertyName("crmid")] public string? CrmId { get; init; }
    [JsonPropertyName("refid")] public string? RefId { get; init; }
}

/// <summary>The body of POST and PUT /v1.0/customers ("Create a new customer", "Change customer").</summary>
public sealed record GuardantCustomerWrite
{
    [JsonPropertyName("customerName")] public string CustomerName { get; init; } = "";
    [JsonPropertyName("customerLastName")] public string CustomerLastName { get; init; } = "";
    [JsonPropertyName("customerEmail")] public string CustomerEmail { get; init; } = "";
    [JsonPropertyName("customerCompanyName")] public string CustomerCompanyName { get; init; } = "";
    [JsonPropertyName("customerPhone")] public string CustomerPhone { get; init; } = "";
    [JsonPropertyName("customerDescription")] public string CustomerDescription { get; init; } = "";
    [JsonPropertyName("customerStatus")] public int CustomerStatus { get; init; }
    [JsonPropertyName("archived")] public bool Archived { get; init; }
    [JsonPropertyName("crmId")] public string CrmId { get; init; } = "";
    [JsonPropertyName("refId")] public string RefId { get; init; } = "";

    /// <summary>
    /// The write body that keeps every field of <paramref name="current"/> as it is: a PUT replaces the whole
    /// record and blanks what it leaves out, so an update must start from this.
    /// </summary>
    public static GuardantCustomerWrite From(GuardantCustomer current) => new()
    {
        CustomerName = current.Name ?? "",
        CustomerLastName = current.LastName ?? "",
        CustomerEmail = current.Email ?? "",
        CustomerCompanyName = current.CompanyName ?? "",
        CustomerPhone = current.Phone ?? "",
        CustomerDescription = current.Description ?? "",
        CustomerStatus = current.Status,
        Archived = current.Archived,
        CrmId = current.CrmId ?? "",
        RefId = current.RefId ?? "",
    };
}

internal sealed record GuardantCustomerList([property: JsonPropertyName("customers")] IReadOnlyList<GuardantCustomer>? Customers);

internal sealed record GuardantCustomerEnvelope([property: JsonPropertyName("customer")] GuardantCustomer? Customer);
