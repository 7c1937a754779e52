namespace Portal.Sandbox.People;

/// <summary>The canonical truth about one generated person. Everything but the two timestamps is a pure function of
/// (seed, index); the timestamps also depend on the population size, which spreads them over the history window.</summary>
/// <remarks><c>Nickname</c> is the short name the person goes by (Bill for William), null when they use their name;
/// <c>MaidenName</c> a birth surname different from <c>LastName</c>; <c>PhoneE164</c> is always fictional
/// (+1 AAA 555 01XX); <c>PreviousAddress</c> is where they lived before a move (null if they have not moved);
/// <c>Ssn</c> is invalid by construction (area 9xx, formatted 9XX-XX-XXXX).</remarks>
public sealed record SandboxPerson(int Index, string FirstName, string? MiddleName, string LastName, string? Suffix,
    string? Nickname, string? MaidenName, DateOnly DateOfBirth, string Email, string PhoneE164, string? Company,
    SandboxAddress Address, SandboxAddress? PreviousAddress, SandboxLicence Licence, string Ssn,
    SandboxEmployment Employment, IReadOnlyList<SandboxVehicle> Vehicles, DateTimeOffset CreatedAt,
    DateTimeOffset ModifiedAt);
