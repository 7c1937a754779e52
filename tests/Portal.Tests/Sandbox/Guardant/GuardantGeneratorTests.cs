using System.Text.Json;
using Portal.Sandbox.Guardant;
using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.Guardant;

public sealed class GuardantGeneratorTests
{
    private static readonly SandboxPopulation Population = new(11, 2_000);

    private static IEnumerable<(int Index, GuardantWireCustomer Customer)> Customers() =>
        Enumerable.Range(0, Population.Size).Select(i => (i, GuardantGenerator.Customer(Population, i))).Where(x => x.Item2 is not null)
            .Select(x => (x.i, x.Item2 ?? throw new InvalidOperationException()));

    [Fact]
    public void Customer_SameSeed_SameRecord()
    {
        var again = new SandboxPopulation(11, 2_000);

        Assert.All(Customers().Take(50), c => Assert.Equal(JsonSerializer.Serialize(c.Customer), JsonSerializer.Serialize(GuardantGenerator.Customer(again, c.Index))));
    }

    [Fact]
    public void Customer_OnlyPeopleGuardantHolds_IdIsIndexPlusOne()
    {
        Assert.All(Customers(), c =>
        {
            Assert.True(Population.Holds(c.Index, SandboxVendor.Guardant));
            Assert.Equal(c.Index + 1, c.Customer.Id);
        });
        Assert.InRange(Customers().Count(), 300, 700);
    }

    [Fact]
    public void Customer_CrmIdAndRefId_AreOtherVendorsIdsOfTheSamePerson()
    {
        var withCrm = Customers().Where(c => c.Customer.CrmId.Length > 0).ToList();
        var withRef = Customers().Where(c => c.Customer.RefId.Length > 0).ToList();

        Assert.NotEmpty(withCrm);
        Assert.NotEmpty(withRef);
        Assert.All(withCrm, c => Assert.Equal(SandboxIds.ObjectId(11, SandboxVendor.Walcu, c.Index), c.Customer.CrmId));
        Assert.All(withRef, c => Assert.True(
            c.Customer.RefId == SandboxIds.Key(11, SandboxVendor.Drivly, c.Index) || c.Customer.RefId == SandboxIds.Key(11, SandboxVendor.Cova, c.Index)));
    }

    [Fact]
    public void Customer_Population_CompaniesPersonsAndArchivedPresent()
    {
        var all = Customers().Select(c => c.Customer).ToList();

        Assert.Contains(all, c => c.IsCompany);
        Assert.Contains(all, c => !c.IsCompany);
        Assert.All(all.Where(c => c.Archived), c => Assert.True(c.ArchivationDate > 0));
        Assert.All(all.Where(c => !c.Archived), c => Assert.Equal(0, c.ArchivationDate));
        Assert.Contains(all, c => c.Archived);
    }
}
