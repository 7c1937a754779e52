using System.ComponentModel.DataAnnotations;

namespace Portal.Features.Admin.Dealerships;

/// <summary>The dealership form.</summary>
public sealed class DealershipInput : IValidatableObject
{
    [Required(ErrorMessage = "Enter the dealership's name.")]
    [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Choose a time zone.")]
    public string TimeZoneId { get; set; } = "UTC";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(TimeZoneId) && !TimeZones.IsKnown(TimeZoneId))
        {
            yield return new ValidationResult("Choose a time zone from the list.", [nameof(TimeZoneId)]);
        }
    }
}

/// <summary>A dealership with the people assigned to it and its vendor connections ("Walcu CRM · Main (disabled)").</summary>
public sealed record DealershipRow(int Id, string Name, string TimeZoneId, IReadOnlyList<string> Users, IReadOnlyList<string> Connections)
{
    public DealershipInput ToInput() => new() { Name = Name, TimeZoneId = TimeZoneId };
}
