using System.Text.RegularExpressions;
using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.People;

public sealed partial class PersonDataTests
{
    private static readonly string[] ExampleDomains = ["example.com", "example.net", "example.org", "mail.example"];

    private static IReadOnlyList<SandboxPerson> People => PopulationSample.People;

    [Fact]
    public void Person_EveryPhone_FictionalExchange()
    {
        Assert.All(People, p => Assert.Matches(FictionalPhone(), p.PhoneE164));
        Assert.All(People.Where(p => p.Employment.EmployerPhone != ""),
            p => Assert.Matches(FictionalPhone(), p.Employment.EmployerPhone));
    }

    [Fact]
    public void Person_EverySsn_InTheNeverIssuedNineHundredsArea()
    {
        Assert.All(People, p =>
        {
            Assert.Matches(InvalidSsn(), p.Ssn);
            Assert.NotEqual("00", p.Ssn[4..6]);
            Assert.NotEqual("0000", p.Ssn[7..]);
        });
    }

    [Fact]
    public void Person_EveryEmail_LowerCaseOnExampleDomainAndUnlessFamilyShared_Unique()
    {
        Assert.All(People, p =>
        {
            Assert.Matches(LowerCaseEmail(), p.Email);
            Assert.Contains(p.Email[(p.Email.IndexOf('@') + 1)..], ExampleDomains);
        });
        var population = PopulationSample.Population;
        var shared = People.GroupBy(p => p.Email).Where(g => g.Count() > 1).ToList();
        Assert.All(shared, g => Assert.All(g.Skip(1), p => Assert.Equal(
            (SandboxRelationKind.Household, g.First().Index), (population.RelationOf(p.Index).Kind, population.RelationOf(p.Index).RelatedIndex))));
        Assert.NotEmpty(shared); // family emails exist, as a hard case
    }

    [Fact]
    public void Person_Fields_RealisticAndConsistent()
    {
        Assert.All(People, p =>
        {
            var age = SandboxClock.Today.Year - p.DateOfBirth.Year;
            Assert.InRange(age, 18, 95);
            Assert.Equal(p.Address.State, p.Licence.State);
            Assert.Matches(Zip(), p.Address.PostalCode);
            Assert.Equal("US", p.Address.Country);
            Assert.NotEqual(p.MaidenName, p.LastName);
            Assert.NotEqual(p.Nickname, p.FirstName);
            Assert.InRange(p.Vehicles.Count, 0, 3);
            Assert.True(p.Employment.AnnualIncome >= 0);
        });
        Assert.Contains(People, p => p.LastName.Contains('\'') || p.LastName.Contains('-'));
        Assert.Contains(People, p => p.LastName.Any(c => c > 127));
        Assert.Contains(People, p => p.Suffix == "Jr.");
        Assert.Contains(People, p => p.Company is not null);
    }

    [Fact]
    public void Person_CommonNicknames_GoWithTheirNames()
    {
        var pairs = People.Where(p => p.Nickname is not null).Select(p => (p.FirstName, p.Nickname)).ToHashSet();

        Assert.Contains(("William", "Bill"), pairs);
        Assert.Contains(("Robert", "Bob"), pairs);
        Assert.Contains(("Elizabeth", "Liz"), pairs);
        Assert.DoesNotContain(pairs, pair => pair.FirstName == "Mary");
    }

    [GeneratedRegex(@"^\+1[2-9]\d{2}55501\d{2}$")]
    private static partial Regex FictionalPhone();

    [GeneratedRegex(@"^9\d{2}-\d{2}-\d{4}$")]
    private static partial Regex InvalidSsn();

    [GeneratedRegex(@"^[a-z][a-z0-9._]*@[a-z.]+$")]
    private static partial Regex LowerCaseEmail();

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex Zip();
}
