namespace Portal.Benchmarks;

/// <summary>A target a figure is held against: at most (latency, memory) or at least (rates, ratios) the limit.</summary>
public sealed record BenchTarget(double Limit, bool AtMost)
{
    public static BenchTarget Max(double limit) => new(limit, true);

    public static BenchTarget Min(double limit) => new(limit, false);

    public bool IsMet(double value) => AtMost ? value <= Limit : value >= Limit;

    /// <summary>How far the value misses the limit, in percent of the limit (0 when met).</summary>
    public double MissedByPercent(double value) => IsMet(value) ? 0 : Math.Abs(value - Limit) / Limit * 100;

    public override string ToString() => (AtMost ? "≤ " : "≥ ") + BenchFormat.Number(Limit);
}

/// <summary>One measured figure, with the sizes it was measured at and the machine's load average at the time.</summary>
public sealed record BenchFigure(string Scenario, string Metric, double Value, string Unit, string Size, BenchTarget? Target, double LoadAverage)
{
    public bool? Met => Target?.IsMet(Value);

    public string Verdict => Target is null ? "" : Target.IsMet(Value) ? "met" : $"missed by {Target.MissedByPercent(Value):0}%";
}
