namespace Portal.Benchmarks;

/// <summary>One scenario of issue 11; it measures and adds figures, it never checks them against its target itself.</summary>
public interface IBenchScenario
{
    /// <summary>The name <c>--only</c> selects it by (index, live, sync, audit, circuits, start).</summary>
    string Name { get; }

    Task RunAsync(BenchContext context);

    /// <summary>Why the scenario cannot run on this database (printed, and the scenario left out), or null.</summary>
    string? SkipReason(BenchDatabase database) => null;
}
