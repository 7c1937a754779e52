using Portal.Features.Customers.Index;

namespace Portal.Features.Customers.Linking;

/// <summary>Why two records are (or are not) the same person: the rules that matched or contradicted, and their points.</summary>
public sealed record LinkEvidence(int Points, IReadOnlyList<string> Rules)
{
    public static LinkEvidence None { get; } = new(0, []);

    /// <summary>A manager's "together" decision outweighs any evidence.</summary>
    public static LinkEvidence Decided { get; } = new(LinkRules.Points[LinkRules.Decision], [LinkRules.Decision]);

    public bool IsAuto => Points >= LinkRules.AutoPoints;

    public bool IsLink => Points >= LinkRules.PossiblePoints;

    public LinkStatus Status => Rules.Contains(LinkRules.Decision) ? LinkStatus.Confirmed : IsAuto ? LinkStatus.Auto : LinkStatus.Possible;

    public double Score => LinkRules.Score(Points);

    public string RulesText => string.Join(',', Rules);
}
