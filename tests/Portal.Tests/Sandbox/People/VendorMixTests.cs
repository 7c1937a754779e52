using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.People;

public sealed class VendorMixTests
{
    [Fact]
    public void VendorsOf_EveryPerson_OneToFourDistinctVendorsInOrder()
    {
        var population = PopulationSample.Population;
        for (var i = 0; i < population.Size; i++)
        {
            var vendors = population.VendorsOf(i);

            Assert.InRange(vendors.Count, 1, 4);
            Assert.Equal(vendors.OrderBy(v => v).Distinct(), vendors);
        }
    }

    [Fact]
    public void VendorsOf_Population_EveryVendorPopulatedAndWalcuMostCommon()
    {
        var counts = PopulationSample.Views.GroupBy(v => v.Vendor).ToDictionary(g => g.Key, g => g.Count());

        Assert.All(Enum.GetValues<SandboxVendor>(), v => Assert.True(counts.GetValueOrDefault(v) > 1_000, $"{v}: {counts.GetValueOrDefault(v)}"));
        Assert.Equal(SandboxVendor.Walcu, counts.MaxBy(c => c.Value).Key);
        var multi = Enumerable.Range(0, PopulationSample.Size).Count(i => PopulationSample.Population.VendorsOf(i).Count > 1);
        Assert.InRange(multi, 4_000, 8_000); // most people are in more than one system, many in just one
    }

    [Fact]
    public void View_VendorNotHolding_NullAndHoldsAgrees()
    {
        var population = new SandboxPopulation(11, 300);
        for (var i = 0; i < population.Size; i++)
        {
            var vendors = population.VendorsOf(i);
            foreach (var vendor in Enum.GetValues<SandboxVendor>())
            {
                var view = population.View(i, vendor);

                Assert.Equal(vendors.Contains(vendor), view is not null);
                Assert.Equal(vendors.Contains(vendor), population.Holds(i, vendor));
                Assert.Equal(i, view?.PersonIndex ?? i);
            }
        }
    }

    [Fact]
    public void View_Guardant_NoAddressLikeItsApi()
    {
        Assert.All(PopulationSample.Views.Where(v => v.Vendor == SandboxVendor.Guardant), v => Assert.Null(v.Address));
        Assert.All(PopulationSample.Views.Where(v => v.Vendor != SandboxVendor.Guardant), v => Assert.NotNull(v.Address));
    }
}
