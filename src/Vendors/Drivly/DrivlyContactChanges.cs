using System.Text.Json.Nodes;

namespace Portal.Vendors.Drivly;

/// <summary>The contact fields a user may change on a Drivly customer; null leaves a field as it is.</summary>
public sealed record DrivlyContactChanges
{
    public string? FirstName { get; init; }
    public string? MiddleName { get; init; }
    public string? LastName { get; init; }
    public string? Suffix { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? PhoneType { get; init; }

    /// <summary>Every editable field by its Drivly name, for the conflict check and the PATCH body.</summary>
    public static IReadOnlyList<EditableField<DrivlyCustomer, DrivlyContactChanges>> Fields { get; } =
    [
        new("consumerFirstName", c => c.ConsumerFirstName, x => x.FirstName),
        new("consumerMiddleName", c => c.ConsumerMiddleName, x => x.MiddleName),
        new("consumerLastName", c => c.ConsumerLastName, x => x.LastName),
        new("consumerSuffix", c => c.ConsumerSuffix, x => x.Suffix),
        new("email", c => c.Email, x => x.Email),
        new("phone", c => c.Phone, x => x.Phone),
        new("consumerPhoneType", c => c.ConsumerPhoneType, x => x.PhoneType),
    ];

    /// <summary>The PATCH body: only the fields that differ from <paramref name="current"/>; empty when nothing changes.</summary>
    public JsonObject ToPatch(DrivlyCustomer current)
    {
        var changed = EditConflicts.Changed(Fields, this, current);
        var body = new JsonObject();
        foreach (var field in Fields.Where(f => changed.Contains(f.Name)))
        {
            body[field.Name] = field.Requested(this);
        }
        return body;
    }
}
