namespace Portal.IntegrationTests.Customers.Sync;

/// <summary>
/// Pairwise precision and recall of linking: a pair of records is "linked" when they share a person and "truly the
/// same" when they share the sandbox person index. Precision = true linked pairs / linked pairs; recall = true linked
/// pairs / truly-same pairs.
/// </summary>
public sealed record LinkQuality(long LinkedPairs, long TruePairs, long CorrectPairs)
{
    public double Precision => LinkedPairs == 0 ? 1 : CorrectPairs / (double)LinkedPairs;

    public double Recall => TruePairs == 0 ? 1 : CorrectPairs / (double)TruePairs;

    public static LinkQuality Measure(IEnumerable<(long Person, int Truth)> records)
    {
        var list = records.ToList();
        return new LinkQuality(
            Pairs(list.GroupBy(r => r.Person)), Pairs(list.GroupBy(r => r.Truth)), Pairs(list.GroupBy(r => (r.Person, r.Truth))));
    }

    public override string ToString() =>
        $"precision {Precision:0.0000} ({CorrectPairs}/{LinkedPairs} linked pairs), recall {Recall:0.0000} ({CorrectPairs}/{TruePairs} true pairs)";

    private static long Pairs<T>(IEnumerable<IGrouping<T, (long, int)>> groups) => groups.Sum(g => (long)g.Count() * (g.Count() - 1) / 2);
}
