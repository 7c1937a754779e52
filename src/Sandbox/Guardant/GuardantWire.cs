using System.Text.Json.Serialization;

namespace Portal.Sandbox.Guardant;

/// <summary>A customer as the emulator stores and answers it (the document's read names).</summary>
internal sealed record GuardantWireCustomer
{
    [JsonPropertyName("_id")] public long Id { get; init; }
    [JsonPropertyName("description")] public string Description { get; init; } = "";
    [JsonPropertyName("email")] public string Email { get; init; } = "";
    [JsonPropertyName("name")] public string Name { get; init; } = "";
    [JsonPropertyName("lastname")] public string LastName { get; init; } = "";
    [JsonPropertyName("companyname")] public string CompanyName { get; init; } = "";
    [JsonPropertyName("phone")] public string Phone { get; init; } = "";
    [JsonPropertyName("status")] public int Status { get; init; }
    [JsonPropertyName("archived")] public bool Archived { get; init; }
    [JsonPropertyName("archivationdate")] public long ArchivationDate { get; init; }
    [JsonPropertyName("crmid")] public string CrmId { get; init; } = "";
    [JsonPropertyName("refid")] public string RefId { get; init; } = "";

    [JsonIgnore] public bool IsCompany => CompanyName.Length > 0;
}

/// <summary>An order as the emulator answers it, every field of the document's example.</summary>
internal sealed record GuardantWireOrder
{
    [JsonPropertyName("_id")] public long Id { get; init; }
    [JsonPropertyName("activationbirthdate")] public long ActivationBirthDate { get; init; }
    [JsonPropertyName("activationdeathdate")] public long ActivationDeathDate { get; init; }
    [JsonPropertyName("activationlimit")] public int ActivationLimit { get; init; }
    [JsonPropertyName("archivationdate")] public long ArchivationDate { get; init; }
    [JsonPropertyName("archived")] public bool Archived { get; init; }
    [JsonPropertyName("canoverwritecontainer")] public bool CanOverwriteContainer { get; init; }
    [JsonPropertyName("customerrequired")] public bool CustomerRequired { get; init; }
    [JsonPropertyName("date")] public long Date { get; init; }
    [JsonPropertyName("description")] public string Description { get; init; } = "";
    [JsonPropertyName("isdemo")] public bool IsDemo { get; init; }
    [JsonPropertyName("number")] public long Number { get; init; }
    [JsonPropertyName("quantity")] public int Quantity { get; init; }
    [JsonPropertyName("status")] public int Status { get; init; }
    [JsonPropertyName("submitdate")] public long SubmitDate { get; init; }
    [JsonPropertyName("type")] public int Type { get; init; }
    [JsonPropertyName("crmid")] public string CrmId { get; init; } = "";
    [JsonPropertyName("refid")] public string RefId { get; init; } = "";
}
