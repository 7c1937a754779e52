using System.Globalization;

namespace Portal.Vendors.Guardant;

/// <summary>The fields a user changes on a Guardant customer; null leaves a field as it is (not blank: use "").</summary>
public sealed record GuardantCustomerChanges
{
    public string? Name { get; init; }
    public string? LastName { get; init; }
    public string? CompanyName { get; init; }
    public string? Email { get; init; }
    public string? Phone { get; init; }
    public string? Description { get; init; }
    public int? Status { get; init; }
    public bool? Archived { get; init; }
    public string? CrmId { get; init; }
    public string? RefId { get; init; }

    /// <summary>Every editable field, by its read name, for the conflict check.</summary>
    public static IReadOnlyList<EditableField<GuardantCustomer, GuardantCustomerChanges>> Fields { get; } =
    [
        new("name", c => c.Name, x => x.Name),
        new("lastname", c => c.LastName, x => x.LastName),
        new("companyname", c => c.CompanyName, x => x.CompanyName),
        new("email", c => c.Email, x => x.Email),
        new("phone", c => c.Phone, x => x.Phone),
        new("description", c => c.Description, x => x.Description),
        new("status", c => Text(c.Status), x => x.Status is { } s ? Text(s) : null),
        new("archived", c => Text(c.Archived), x => x.Archived is { } a ? Text(a) : null),
        new("crmid", c => c.CrmId, x => x.CrmId),
        new("refid", c => c.RefId, x => x.RefId),
    ];

    /// <summary>The full PUT body: <paramref name="current"/> as it is (read names mapped to write names), with these changes.</summary>
    public GuardantCustomerWrite ApplyTo(GuardantCustomer current)
    {
        var write = GuardantCustomerWrite.From(current);
        return write with
        {
            CustomerName = Name ?? write.CustomerName,
            CustomerLastName = LastName ?? write.CustomerLastName,
            CustomerCompanyName = CompanyName ?? write.CustomerCompanyName,
            CustomerEmail = Email ?? write.CustomerEmail,
            CustomerPhone = Phone ?? write.CustomerPhone,
            CustomerDescription = Description ?? write.CustomerDescription,
            CustomerStatus = Status ?? write.CustomerStatus,
            Archived = Archived ?? write.Archived,
            CrmId = CrmId ?? write.CrmId,
            RefId = RefId ?? write.RefId,
        };
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Text(bool value) => value ? "true" : "false";
}
