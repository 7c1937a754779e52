namespace Portal.Benchmarks;

/// <summary>
/// The sizes of one run. <c>tiny</c> is the smoke run (a test runs it), <c>small</c> a quick look, <c>full</c> the
/// sizes of issue 11 (1M index records, Cova 100k + Walcu 50k sync, 1M audit entries, 100 circuits).
/// </summary>
public sealed record BenchSizes(
    string Name,
    IReadOnlyList<int> IndexRecords,
    int Queries,
    int LiveRecords,
    int LiveQueries,
    int CovaRecords,
    int WalcuRecords,
    int AuditAppends,
    int AuditVerifyEntries,
    int IdleCircuits,
    int ActivePages,
    int QueriesPerActivePage,
    int StartRecords)
{
    public const int Seed = 20261122;

    public static BenchSizes Tiny { get; } = new("tiny", [300], 20, 300, 3, 150, 100, 200, 1_000, 2, 2, 2, 300);

    public static BenchSizes Small { get; } = new("small", [10_000, 100_000], 500, 10_000, 30, 10_000, 5_000, 5_000, 100_000, 20, 5, 5, 100_000);

    public static BenchSizes Full { get; } = new("full", [10_000, 100_000, 1_000_000], 500, 10_000, 50, 100_000, 50_000, 20_000, 1_000_000, 100, 20, 10, 1_000_000);

    public static BenchSizes Named(string name) => name switch
    {
        "tiny" => Tiny,
        "small" => Small,
        "full" => Full,
        _ => throw new ArgumentException($"Unknown size '{name}': tiny, small or full."),
    };
}
