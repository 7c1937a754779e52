using Portal.Security;

namespace Portal.Features.Customers.Profile;

/// <summary>Settings of the customer page (section <c>Customers</c>).</summary>
public sealed class CustomerProfileOptions
{
    public const string Section = "Customers";

    public static IReadOnlyList<string> DefaultRevealRoles { get; } = [PortalRoles.Admin, PortalRoles.Compliance, PortalRoles.DealerManager];

    /// <summary>Roles allowed to reveal sensitive values (SSN, licence, date of birth, income, employer); empty = the defaults.</summary>
    public string[] RevealRoles { get; set; } = [];

    public IReadOnlyList<string> EffectiveRevealRoles => RevealRoles.Length > 0 ? RevealRoles : DefaultRevealRoles;

    /// <summary>How long revealed values stay visible before they are masked again.</summary>
    public TimeSpan RevealDuration { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Each source's deadline for a live read on the customer page.</summary>
    public TimeSpan LiveReadDeadline { get; set; } = TimeSpan.FromSeconds(6);
}
