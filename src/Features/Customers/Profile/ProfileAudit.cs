using Portal.Features.Audit;
using Portal.Security;

namespace Portal.Features.Customers.Profile;

/// <summary>How the customer page names its audit targets and shows changed values in the log.</summary>
public static class ProfileAudit
{
    /// <summary>A person is audited under its first record's SourceRef (the audit page's customer id); the detail names the person.</summary>
    public static AuditTarget Target(PersonView person) =>
        new(AuditTargetTypes.Customer, person.Records.FirstOrDefault()?.Snapshot.Source.ToString() ?? $"person:{person.PersonId}");

    /// <summary>Contact values are masked in the log as on screen: an email keeps its first letter and domain, a phone its last four digits.</summary>
    public static string? Masked(string key, string? value) => value is null or "" ? value : key switch
    {
        ProfileFields.Email => SensitiveValues.MaskEmail(value),
        ProfileFields.Phone => SensitiveValues.Mask(value),
        _ => value,
    };
}
