using System.ComponentModel.DataAnnotations;

namespace Portal.Features.Admin.Users;

/// <summary>The user form: who they are, what they may do and where.</summary>
public sealed class UserInput
{
    [Required(ErrorMessage = "Enter the user's email.")]
    [EmailAddress(ErrorMessage = "Enter an email address.")]
    [StringLength(256, ErrorMessage = "Keep the email under 256 characters.")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Enter the user's name.")]
    [StringLength(200, ErrorMessage = "Keep the name under 200 characters.")]
    public string DisplayName { get; set; } = "";

    [AtLeastOne(ErrorMessage = "Choose at least one role.")]
    public IEnumerable<string> Roles { get; set; } = [];

    public IEnumerable<int> DealershipIds { get; set; } = [];

    /// <summary>Matched later against myKaarma's dealerAssociatesWithApprovalAuthority[].userUuid.</summary>
    [RegularExpression("^[A-Za-z0-9-]{1,64}$", ErrorMessage = "Use only letters, digits and hyphens (at most 64) for the myKaarma user uuid.")]
    public string? MyKaarmaUserUuid { get; set; }
}
