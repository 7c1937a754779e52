using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.People;

public sealed class VinGeneratorTests
{
    [Theory]
    [InlineData("1M8GDM9AXKP042788")] // the check-digit worked example of 49 CFR 565 (remainder 10 gives X)
    [InlineData("11111111111111111")]
    [InlineData("1HGCM82633A004352")]
    public void IsValid_PublishedVin_True(string vin) => Assert.True(VinGenerator.IsValid(vin));

    [Theory]
    [InlineData("1M8GDM9A1KP042788")] // wrong check digit
    [InlineData("1M8GDM9AXKP04278")] // 16 characters
    [InlineData("1M8GDM9AXKO042788")] // O is not allowed
    [InlineData("1m8gdm9axkp042788")] // lower case
    [InlineData(null)]
    public void IsValid_BrokenVin_False(string? vin) => Assert.False(VinGenerator.IsValid(vin));

    [Fact]
    public void Create_RandomParts_AlwaysValidWithYearCode()
    {
        var rng = new SandboxRandom(3, 0, 99);
        for (var i = 0; i < 5_000; i++)
        {
            var year = 2000 + i % 28;
            var vin = VinGenerator.Create(ref rng, year, "1FT");

            Assert.True(VinGenerator.IsValid(vin), vin);
            Assert.StartsWith("1FT", vin, StringComparison.Ordinal);
            Assert.Equal(VinGenerator.YearCode(year), vin[9]);
        }
    }

    [Theory]
    [InlineData(1980, 'A')]
    [InlineData(2001, '1')]
    [InlineData(2010, 'A')]
    [InlineData(2019, 'K')]
    [InlineData(2026, 'T')]
    public void YearCode_ModelYear_StandardCharacter(int year, char code) => Assert.Equal(code, VinGenerator.YearCode(year));

    [Fact]
    public void Person_EveryVehicle_ValidUniqueVinThatFindsItsOwner()
    {
        var population = PopulationSample.Population;
        var seen = new HashSet<string>();
        foreach (var person in PopulationSample.People)
        {
            for (var ordinal = 0; ordinal < person.Vehicles.Count; ordinal++)
            {
                var vehicle = person.Vehicles[ordinal];
                Assert.True(VinGenerator.IsValid(vehicle.Vin), vehicle.Vin);
                Assert.True(seen.Add(vehicle.Vin), $"duplicate VIN {vehicle.Vin}");
                Assert.Equal(VinGenerator.YearCode(vehicle.Year), vehicle.Vin[9]);
                Assert.InRange(vehicle.Year, 2008, SandboxClock.Today.Year + 1);
                Assert.True(population.TryFindVehicle(vehicle.Vin, out var index, out var found));
                Assert.Equal((person.Index, ordinal), (index, found));
            }
        }
        Assert.InRange(seen.Count, 10_000, 16_000); // about 1.3 vehicles a person
    }

    [Fact]
    public void TryFindVehicle_VinFromElsewhere_False()
    {
        var population = new SandboxPopulation(5, 1_000);
        var other = new SandboxPopulation(6, 1_000);
        var otherSeed = Enumerable.Range(0, 20).SelectMany(i => other.Person(i).Vehicles).ToList();

        Assert.False(population.TryFindVehicle("1M8GDM9AXKP042788", out _, out _));
        Assert.False(population.TryFindVehicle("not a vin", out _, out _));
        Assert.NotEmpty(otherSeed);
        Assert.All(otherSeed, v => Assert.False(population.TryFindVehicle(v.Vin, out _, out _)));
    }
}
