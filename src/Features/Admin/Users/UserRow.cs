namespace Portal.Features.Admin.Users;

public sealed record DealershipChoice(int Id, string Name);

/// <summary>One line of the users list.</summary>
public sealed record UserRow(
    string Id,
    string Email,
    string DisplayName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<DealershipChoice> Dealerships,
    DateTimeOffset? LastSignInUtc,
    bool IsLockedOut,
    bool IsDisabled,
    bool MustChangePassword,
    bool SignsInWithEntra,
    string? MyKaarmaUserUuid)
{
    public UserInput ToInput() => new()
    {
        Email = Email,
        DisplayName = DisplayName,
        Roles = [.. Roles],
        DealershipIds = [.. Dealerships.Select(d => d.Id)],
        MyKaarmaUserUuid = MyKaarmaUserUuid,
    };
}

/// <summary>A password the admin must hand over now: it is stored only hashed and never shown again.</summary>
public sealed record TemporaryPassword(string UserId, string Email, string Password);
