using System.Collections.ObjectModel;

namespace Portal.Sandbox.People;

/// <summary>Derives one vendor's record of a person from the canonical person and the vendor's
/// <see cref="VendorProfile"/>, noting each way it drifted.</summary>
internal static class VendorViews
{
    private const int FlagCount = 8;
    private static readonly ReadOnlyCollection<SandboxVariation>[] Lists =
        SubsetLists.Build(FlagCount, bit => (SandboxVariation)(1 << bit));

    public static SandboxVendorView Create(int seed, SandboxPerson person, SandboxVendor vendor, DateTimeOffset modifiedAt)
    {
        var profile = VendorProfile.For(vendor);
        var rng = new SandboxRandom(seed, vendor, person.Index, Salts.View);
        var flags = SandboxVariation.None;
        var (first, last) = Names(ref rng, ref flags, person, profile);
        var email = Email(ref rng, ref flags, person, profile);
        var phone = Phone(ref rng, ref flags, person, profile, vendor);
        var address = Address(ref rng, ref flags, person, profile);
        return new SandboxVendorView(vendor, person.Index, first, last, email, phone, address, Lists[(int)flags],
            modifiedAt);
    }

    private static (string First, string Last) Names(ref SandboxRandom rng, ref SandboxVariation flags,
        SandboxPerson person, VendorProfile profile)
    {
        var first = person.FirstName;
        if (person.Nickname is { } nickname && rng.Chance(profile.Nickname))
        {
            (first, flags) = (nickname, flags | SandboxVariation.Nickname);
        }
        var last = person.LastName;
        if (person.MaidenName is { } maiden && rng.Chance(profile.MaidenName))
        {
            (last, flags) = (maiden, flags | SandboxVariation.MaidenName);
        }
        if (!rng.Chance(profile.Typo))
        {
            return (first, last);
        }
        flags |= SandboxVariation.Typo;
        return rng.Chance(0.5) ? (Misspellings.Typo(ref rng, first), last) : (first, Misspellings.Typo(ref rng, last));
    }

    private static string? Email(ref SandboxRandom rng, ref SandboxVariation flags, SandboxPerson person,
        VendorProfile profile)
    {
        if (rng.Chance(profile.MissingEmail))
        {
            flags |= SandboxVariation.MissingEmail;
            return null;
        }
        if (rng.Chance(profile.EmailCase))
        {
            flags |= SandboxVariation.EmailCase;
            return Misspellings.EmailCase(ref rng, person.Email);
        }
        return person.Email;
    }

    private static string? Phone(ref SandboxRandom rng, ref SandboxVariation flags, SandboxPerson person,
        VendorProfile profile, SandboxVendor vendor)
    {
        if (rng.Chance(profile.MissingPhone))
        {
            flags |= SandboxVariation.MissingPhone;
            return null;
        }
        var format = SandboxPhoneFormats.HouseFormat(vendor);
        if (rng.Chance(profile.OtherPhoneFormat))
        {
            // Step past the house format, so the other format is never the house one.
            format = (SandboxPhoneFormat)(((int)format + rng.Next(1, SandboxPhoneFormats.Count)) % SandboxPhoneFormats.Count);
            flags |= SandboxVariation.PhoneFormat;
        }
        return SandboxPhoneFormats.Format(person.PhoneE164, format);
    }

    private static SandboxAddress? Address(ref SandboxRandom rng, ref SandboxVariation flags, SandboxPerson person,
        VendorProfile profile)
    {
        if (!profile.HoldsAddress)
        {
            return null;
        }
        if (person.PreviousAddress is { } previous && rng.Chance(profile.StaleAddress))
        {
            flags |= SandboxVariation.MovedAddress;
            return previous;
        }
        return person.Address;
    }
}
