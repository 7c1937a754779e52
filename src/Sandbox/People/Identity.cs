namespace Portal.Sandbox.People;

/// <summary>The parts of a person that record linking compares (name, birth date, home, phone, email), resolved
/// through <see cref="Kinship"/> so look-alikes really share what they should.</summary>
internal readonly record struct Identity(PersonName Name, string? Suffix, string? MaidenName, DateOnly DateOfBirth,
    Home Home, string PhoneE164, string Email)
{
    private static readonly DateOnly YoungestAdult = SandboxClock.Today.AddYears(-18);
    private static readonly DateOnly OldestDriver = SandboxClock.Today.AddYears(-94);

    public static Identity Resolve(int seed, int index, SandboxRelation relation) => relation.Kind switch
    {
        SandboxRelationKind.Household => Partner(seed, index, Ordinary(seed, relation.RelatedIndex)),
        SandboxRelationKind.NamedAfter => NamedAfter(seed, index, Ordinary(seed, relation.RelatedIndex)),
        SandboxRelationKind.Namesake => Namesake(seed, index, PersonName.Draw(seed, relation.RelatedIndex)),
        _ => Ordinary(seed, index),
    };

    private static Identity Ordinary(int seed, int index) => Ordinary(seed, index, PersonName.Draw(seed, index));

    private static Identity Ordinary(int seed, int index, PersonName name)
    {
        var rng = new SandboxRandom(seed, index, Salts.Household);
        var maiden = name.Female && name.OtherSurname != name.Last && rng.Chance(0.2) ? name.OtherSurname : null;
        var home = Home.Draw(seed, index);
        return new Identity(name, null, maiden, BirthDate(seed, index), home,
            Contacts.Phone(seed, index, home.PhoneCity), Contacts.Email(seed, index, name));
    }

    // A spouse or partner: moves in with the related person and usually takes their surname.
    private static Identity Partner(int seed, int index, Identity other)
    {
        var rng = new SandboxRandom(seed, index, Salts.Household);
        var female = rng.Chance(0.9) ? !other.Name.Female : other.Name.Female;
        var own = PersonName.Draw(seed, index, female);
        var name = own with { Last = other.Name.Last };
        var maiden = female && own.Last != other.Name.Last && rng.Chance(0.6) ? own.Last : null;
        var birth = Clamp(other.DateOfBirth.AddDays(rng.Next(1, 3_000) * (rng.Chance(0.5) ? 1 : -1)));
        var phone = rng.Chance(0.3) ? other.PhoneE164 : Contacts.Phone(seed, index, other.Home.PhoneCity);
        var email = rng.Chance(0.12) ? other.Email : Contacts.Email(seed, index, name);
        return new Identity(name, null, maiden, birth, other.Home with { Previous = null }, phone, email);
    }

    // A son named after his father (or the father of one): the same full name at the same address.
    private static Identity NamedAfter(int seed, int index, Identity other)
    {
        var rng = new SandboxRandom(seed, index, Salts.Household);
        var name = other.Name with { Nickname = PersonName.NicknameFor(ref rng, other.Name.Given) };
        var otherAge = SandboxClock.Today.Year - other.DateOfBirth.Year;
        var younger = otherAge >= 40;
        var years = younger ? rng.Next(20, Math.Min(35, otherAge - 17)) : -rng.Next(20, 35);
        var birth = Clamp(other.DateOfBirth.AddYears(years).AddDays(rng.Next(-180, 180)));
        var suffix = name.Female ? null : younger ? "Jr." : "Sr.";
        return new Identity(name, suffix, null, birth, other.Home with { Previous = null },
            Contacts.Phone(seed, index, other.Home.PhoneCity), Contacts.Email(seed, index, name));
    }

    // Unrelated, with the same first and last name as the other person.
    private static Identity Namesake(int seed, int index, PersonName other)
    {
        var rng = new SandboxRandom(seed, index, Salts.Household);
        var own = PersonName.Draw(seed, index, other.Female);
        var name = own with
        {
            Given = other.Given,
            Middle = own.Middle == other.Given.Name ? null : own.Middle,
            Last = other.Last,
            Nickname = PersonName.NicknameFor(ref rng, other.Given),
        };
        return Ordinary(seed, index, name) with { MaidenName = null };
    }

    private static DateOnly BirthDate(int seed, int index)
    {
        var rng = new SandboxRandom(seed, index, Salts.Birth);
        // Buyers skew to middle age: two dice give a hump around 47, with a thin tail of older drivers.
        var age = rng.Chance(0.05) ? rng.Next(78, 90) : 18 + rng.Next(33) + rng.Next(28);
        return SandboxClock.Today.AddYears(-age).AddDays(-rng.Next(365));
    }

    private static DateOnly Clamp(DateOnly birth) =>
        birth > YoungestAdult ? YoungestAdult : birth < OldestDriver ? OldestDriver : birth;
}
