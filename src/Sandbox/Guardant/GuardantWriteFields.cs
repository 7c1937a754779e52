using System.Text.Json;

namespace Portal.Sandbox.Guardant;

/// <summary>
/// A POST/PUT body in the document's write names (customerName, customerLastName...). Property names are trimmed
/// before matching, so the document's own POST example with <c>" customerName"</c> (leading space) works as its
/// authors meant. A field left out is blank: a PUT replaces the whole record, as the vendor's does.
/// </summary>
internal sealed record GuardantWriteFields(
    string Name, string LastName, string Email, string CompanyName, string Phone, string Description,
    int Status, bool Archived, string CrmId, string RefId)
{
    private static readonly string[] TextFields =
        ["customerName", "customerLastName", "customerEmail", "customerCompanyName", "customerPhone", "customerDescription", "crmId", "refId"];

    /// <summary>Reads the body; the error names the first field with the wrong JSON type.</summary>
    public static (GuardantWriteFields? Fields, string? Error) Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return (null, "The body must be a JSON object.");
        }
        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in body.EnumerateObject())
        {
            values[property.Name.Trim()] = property.Value;
        }
        foreach (var name in TextFields)
        {
            if (values.TryGetValue(name, out var v) && v.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return (null, $"{name} must be a string.");
            }
        }
        if (values.TryGetValue("customerStatus", out var status) && status.ValueKind != JsonValueKind.Null
            && !(status.ValueKind == JsonValueKind.Number && status.TryGetInt32(out var s) && s is 0 or 1))
        {
            return (null, "customerStatus must be 0 or 1.");
        }
        if (values.TryGetValue("archived", out var archived) && archived.ValueKind is not (JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null))
        {
            return (null, "archived must be true or false.");
        }
        string Text(string name) => values.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";
        return (new GuardantWriteFields(
            Text("customerName"), Text("customerLastName"), Text("customerEmail"), Text("customerCompanyName"), Text("customerPhone"),
            Text("customerDescription"),
            status.ValueKind == JsonValueKind.Number ? status.GetInt32() : 0,
            archived.ValueKind == JsonValueKind.True,
            Text("crmId"), Text("refId")), null);
    }

    /// <summary>The stored record; archiving stamps archivationdate (kept when already archived), un-archiving clears it.</summary>
    public GuardantWireCustomer ToCustomer(long id, GuardantWireCustomer? previous, DateTimeOffset now) => new()
    {
        Id = id,
        Name = Name,
        LastName = LastName,
        Email = Email,
        CompanyName = CompanyName,
        Phone = Phone,
        Description = Description,
        Status = Status,
        Archived = Archived,
        ArchivationDate = !Archived ? 0 : previous is { Archived: true } p ? p.ArchivationDate : GuardantSandbox.Epoch(now),
        CrmId = CrmId,
        RefId = RefId,
    };
}
