namespace Portal.Sandbox.People;

/// <summary>How one vendor's record of a person differs from the canonical <see cref="SandboxPerson"/>: the
/// ground truth the portal's record linking is measured against.</summary>
[Flags]
public enum SandboxVariation
{
    None = 0,

    /// <summary>The phone is typed in a format other than this vendor's usual one
    /// (<see cref="SandboxPhoneFormats.HouseFormat"/>); the digits are the canonical ones.</summary>
    PhoneFormat = 1,

    /// <summary>The email differs from the canonical one only in letter case.</summary>
    EmailCase = 2,

    /// <summary>The first name is the person's <see cref="SandboxPerson.Nickname"/>.</summary>
    Nickname = 4,

    /// <summary>The first or the last name carries one keyboard slip (a swapped, dropped, doubled or wrong letter).</summary>
    Typo = 8,

    /// <summary>The address is the person's <see cref="SandboxPerson.PreviousAddress"/>: this vendor never heard of the move.</summary>
    MovedAddress = 16,

    /// <summary>The last name is the person's <see cref="SandboxPerson.MaidenName"/>.</summary>
    MaidenName = 32,

    /// <summary>The record has no email.</summary>
    MissingEmail = 64,

    /// <summary>The record has no phone.</summary>
    MissingPhone = 128,
}
