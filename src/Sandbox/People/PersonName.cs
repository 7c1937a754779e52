using Portal.Sandbox.People.Lists;

namespace Portal.Sandbox.People;

/// <summary>A person's name parts. <paramref name="OtherSurname"/> is a second surname drawn with the name, used
/// as a maiden name when the person has one.</summary>
internal readonly record struct PersonName(bool Female, GivenName Given, string? Middle, string Last,
    string? Nickname, string OtherSurname)
{
    /// <summary>Draws a name; <paramref name="female"/> forces the gender (a partner, a namesake).</summary>
    public static PersonName Draw(int seed, int index, bool? female = null)
    {
        var rng = new SandboxRandom(seed, index, Salts.Name);
        var isFemale = rng.Chance(0.51);
        isFemale = female ?? isFemale;
        var names = isFemale ? GivenNames.Female : GivenNames.Male;
        var given = rng.PickSkewed(names);
        var middle = rng.PickSkewed(names);
        var hasMiddle = rng.Chance(0.6) && middle != given;
        var last = rng.PickSkewed(FamilyNames.All);
        var other = rng.PickSkewed(FamilyNames.All);
        return new PersonName(isFemale, given, hasMiddle ? middle.Name : null, last, NicknameFor(ref rng, given), other);
    }

    /// <summary>Half the people whose name has short forms go by one.</summary>
    public static string? NicknameFor(ref SandboxRandom rng, GivenName given) =>
        given.Nicknames.Length > 0 && rng.Chance(0.5) ? rng.Pick(given.Nicknames) : null;
}
