using Portal.Sandbox;

namespace Portal.Tests.Sandbox;

public sealed class FaultRegistryTests
{
    private readonly FaultRegistry _registry = new(new SandboxOptions());

    [Fact]
    public void Take_CountedFaults_ApplyExactlyThatManyTimes()
    {
        _registry.Set("walcu", new FaultSettings { ErrorRate = 1, Count = 2 });

        var applied = Enumerable.Range(0, 5).Select(_ => _registry.Take("walcu", "GET", "/dealers/x/clients")).ToList();

        Assert.Equal(2, applied.Count(a => a is not null));
        Assert.Null(applied[2]);
        Assert.True(_registry.Get("walcu").IsNone);
    }

    [Fact]
    public void Take_MethodAndPathFilters_OnlyMatchingRequests()
    {
        _registry.Set("guardant", new FaultSettings { ErrorRate = 1, Method = "PUT", PathContains = "/customers/" });

        Assert.Null(_registry.Take("guardant", "GET", "/v1.0/customers/4"));
        Assert.Null(_registry.Take("guardant", "PUT", "/v1.0/other"));
        Assert.NotNull(_registry.Take("guardant", "put", "/v1.0/customers/4"));
    }

    [Fact]
    public void Take_OtherVendor_IsUnaffected()
    {
        _registry.Set("cova", new FaultSettings { HangRate = 1 });

        Assert.Null(_registry.Take("drivly", "GET", "/api/customers"));
    }

    [Fact]
    public void Constructor_FaultsFromConfiguration_AreInForceFromStart()
    {
        var options = new SandboxOptions();
        options.Faults["mykaarma"] = new FaultSettings { LatencyMs = 300 };

        Assert.Equal(300, new FaultRegistry(options).Get("MYKAARMA").LatencyMs);
    }
}
