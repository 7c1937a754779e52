namespace Portal.Sandbox.People;

/// <summary>Assembles a <see cref="SandboxPerson"/> from its independently seeded parts.</summary>
internal static class PersonFactory
{
    public static SandboxPerson Create(int seed, int index, Timeline timeline)
    {
        var who = Identity.Resolve(seed, index, Kinship.Of(seed, index));
        var (licence, ssn) = Credentials.Draw(seed, index, who.Home.Address.State);
        var (employment, company) = Jobs.Draw(seed, index, who.Name.Last, who.DateOfBirth, who.Home.City);
        var (created, modified) = timeline.CreatedAndModified(seed, index);
        return new SandboxPerson(index, who.Name.Given.Name, who.Name.Middle, who.Name.Last, who.Suffix,
            who.Name.Nickname, who.MaidenName, who.DateOfBirth, who.Email, who.PhoneE164, company, who.Home.Address,
            who.Home.Previous, licence, ssn, employment, Garage.Draw(seed, index), created, modified);
    }
}
