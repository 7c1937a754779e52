namespace Portal.Features.Customers.Linking;

/// <summary>The managers' decisions that concern a working set of records, looked up by SourceRef pair.</summary>
public sealed class LinkDecisions(IEnumerable<LinkDecision> decisions)
{
    private readonly Dictionary<(string, string), LinkDecisionKind> _pairs =
        decisions.ToDictionary(d => (d.SourceRefA, d.SourceRefB), d => d.Kind);

    private readonly HashSet<string> _split = decisions.Where(d => d.Kind == LinkDecisionKind.Apart)
        .SelectMany(d => new[] { d.SourceRefA, d.SourceRefB }).ToHashSet(StringComparer.Ordinal);

    public static LinkDecisions Empty { get; } = new([]);

    public bool Together(LinkRecord a, LinkRecord b) => Kind(a, b) == LinkDecisionKind.Together;

    public bool Apart(LinkRecord a, LinkRecord b) => Kind(a, b) == LinkDecisionKind.Apart;

    /// <summary>True when a manager split this record from some other record.</summary>
    public bool WasSplit(LinkRecord record) => _split.Contains(record.SourceRef);

    /// <summary>The evidence for a pair with the decisions applied: Apart is no link at all, Together is decisive.</summary>
    public LinkEvidence Evidence(LinkRecord a, LinkRecord b) => Kind(a, b) switch
    {
        LinkDecisionKind.Apart => LinkEvidence.None,
        LinkDecisionKind.Together => LinkEvidence.Decided,
        _ => PairScorer.Score(a, b),
    };

    private LinkDecisionKind? Kind(LinkRecord a, LinkRecord b) =>
        _pairs.TryGetValue(LinkDecision.Pair(a.SourceRef, b.SourceRef), out var kind) ? kind : null;
}
