using System.Globalization;

namespace Portal.Features.Audit;

/// <summary>The filter form's editable fields (drop-downs bind strings); converts to and from <see cref="AuditFilter"/>.</summary>
public sealed class AuditFilterInput
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? ActorId { get; set; }
    public string? Action { get; set; }
    public string? Outcome { get; set; }
    public string? DealershipId { get; set; }
    public string? TargetType { get; set; }
    public string? TargetId { get; set; }

    public static AuditFilterInput Of(AuditFilter filter) => new()
    {
        From = filter.From,
        To = filter.To,
        ActorId = filter.ActorId,
        Action = filter.Action,
        Outcome = filter.Outcome?.ToString(),
        DealershipId = filter.DealershipId?.ToString(CultureInfo.InvariantCulture),
        TargetType = filter.TargetType,
        TargetId = filter.TargetId,
    };

    public AuditFilter ToFilter() => new()
    {
        From = From,
        To = To,
        ActorId = Blank(ActorId),
        Action = Blank(Action),
        Outcome = Enum.TryParse<AuditOutcome>(Outcome, out var outcome) ? outcome : null,
        DealershipId = int.TryParse(DealershipId, CultureInfo.InvariantCulture, out var id) ? id : null,
        TargetType = Blank(TargetType),
        TargetId = Blank(TargetId?.Trim()),
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
