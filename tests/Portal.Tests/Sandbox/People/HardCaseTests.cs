using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.People;

public sealed class HardCaseTests
{
    private static SandboxPopulation Population => PopulationSample.Population;

    private static IReadOnlyList<SandboxPerson> People => PopulationSample.People;

    [Theory]
    [InlineData(SandboxRelationKind.Household, 400, 1_000)]
    [InlineData(SandboxRelationKind.NamedAfter, 80, 250)]
    [InlineData(SandboxRelationKind.Namesake, 150, 450)]
    public void RelationOf_TenThousandPeople_HardCasesPresent(SandboxRelationKind kind, int min, int max)
    {
        var related = Related(kind).ToList();

        Assert.InRange(related.Count, min, max);
        Assert.All(related, pair =>
        {
            Assert.True(pair.Other.Index < pair.Person.Index);
            Assert.Equal(SandboxRelationKind.None, Population.RelationOf(pair.Other.Index).Kind);
        });
    }

    [Fact]
    public void Namesakes_SameNameDifferentPeople_DifferInBirthEmailAndHome()
    {
        Assert.All(Related(SandboxRelationKind.Namesake), pair =>
        {
            Assert.Equal((pair.Other.FirstName, pair.Other.LastName), (pair.Person.FirstName, pair.Person.LastName));
            Assert.NotEqual(pair.Other.DateOfBirth, pair.Person.DateOfBirth);
            Assert.NotEqual(pair.Other.Email, pair.Person.Email);
        });
    }

    [Fact]
    public void Households_Partners_ShareAddressAndSurnameNotFirstNameOrBirth()
    {
        var pairs = Related(SandboxRelationKind.Household).ToList();

        Assert.All(pairs, pair =>
        {
            Assert.Equal(pair.Other.Address, pair.Person.Address);
            Assert.Equal(pair.Other.LastName, pair.Person.LastName);
            Assert.NotEqual(pair.Other.DateOfBirth, pair.Person.DateOfBirth);
            Assert.Null(pair.Person.PreviousAddress);
        });
        Assert.Contains(pairs, pair => pair.Other.PhoneE164 == pair.Person.PhoneE164);
        Assert.Contains(pairs, pair => pair.Person.MaidenName is not null);
    }

    [Fact]
    public void NamedAfter_ParentAndChild_SameFullNameAndAddressDifferentGeneration()
    {
        Assert.All(Related(SandboxRelationKind.NamedAfter), pair =>
        {
            Assert.Equal((pair.Other.FirstName, pair.Other.MiddleName, pair.Other.LastName),
                (pair.Person.FirstName, pair.Person.MiddleName, pair.Person.LastName));
            Assert.Equal(pair.Other.Address, pair.Person.Address);
            Assert.InRange(Math.Abs(pair.Other.DateOfBirth.Year - pair.Person.DateOfBirth.Year), 18, 36);
            Assert.NotEqual(pair.Other.Email, pair.Person.Email);
            Assert.Contains(pair.Person.Suffix, new[] { "Jr.", "Sr.", null });
        });
    }

    [Fact]
    public void Population_SameNameInOneCity_DifferentPeopleExist()
    {
        var clashes = People.GroupBy(p => (p.FirstName, p.LastName, p.Address.City))
            .Count(g => g.Select(p => p.DateOfBirth).Distinct().Count() > 1);

        Assert.True(clashes > 50, $"{clashes} same-name same-city groups");
    }

    private static IEnumerable<(SandboxPerson Person, SandboxPerson Other)> Related(SandboxRelationKind kind) =>
        People.Select(p => (Person: p, Relation: Population.RelationOf(p.Index)))
            .Where(x => x.Relation.Kind == kind)
            .Select(x => (x.Person, People[x.Relation.RelatedIndex]));
}
