using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Portal.Sandbox;
using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.People;

public sealed class SandboxPopulationRegistrationTests
{
    [Fact]
    public void AddSandbox_SeedAndPeopleConfigured_OneSharedPopulationOfThatShape()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Sandbox:Seed"] = "5", ["Sandbox:People"] = "123" })
            .Build();
        using var services = new ServiceCollection().AddSandbox(configuration).BuildServiceProvider();

        var population = services.GetRequiredService<SandboxPopulation>();

        Assert.Equal((5, 123), (population.Seed, population.Size));
        Assert.Same(population, services.GetRequiredService<SandboxPopulation>());
    }

    [Fact]
    public void AddSandbox_NothingConfigured_DefaultSeedAndTwoThousandPeople()
    {
        using var services = new ServiceCollection().AddSandbox(new ConfigurationBuilder().Build()).BuildServiceProvider();

        var population = services.GetRequiredService<SandboxPopulation>();

        Assert.Equal((20261122, 2_000), (population.Seed, population.Size));
    }
}
