using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Portal.Features.Audit;

/// <summary>
/// The audit page's filter; also the export's query string, so the CSV holds exactly what the page shows. Days are
/// UTC and inclusive at both ends. Every value is an exact match, so each has an index (see
/// <see cref="AuditEntryConfiguration"/>).
/// </summary>
public sealed record AuditFilter
{
    public DateOnly? From { get; init; }
    public DateOnly? To { get; init; }
    public string? ActorId { get; init; }
    public string? Action { get; init; }
    public AuditOutcome? Outcome { get; init; }
    public int? DealershipId { get; init; }
    public string? TargetType { get; init; }
    public string? TargetId { get; init; }

    public static AuditFilter None { get; } = new();

    /// <summary>Why this filter cannot run, or null when it can.</summary>
    public string? Problem =>
        From > To ? "The start day must not be after the end day."
        : !string.IsNullOrWhiteSpace(TargetId) && string.IsNullOrWhiteSpace(TargetType) ? "Choose a target type to look up a target id."
        : null;

    public string ToQueryString()
    {
        var values = new Dictionary<string, string?>
        {
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["actor"] = ActorId,
            ["action"] = Action,
            ["outcome"] = Outcome?.ToString(),
            ["dealership"] = DealershipId?.ToString(CultureInfo.InvariantCulture),
            ["targetType"] = TargetType,
            ["targetId"] = TargetId,
        };
        return QueryHelpers.AddQueryString("", values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    /// <summary>Parses <see cref="ToQueryString"/>'s output; null when any value is malformed (never a silently wider filter).</summary>
    public static AuditFilter? FromQuery(IQueryCollection query)
    {
        string? Get(string key) => query[key].ToString() is { Length: > 0 } v ? v : null;
        var from = Get("from");
        var to = Get("to");
        var outcome = Get("outcome");
        var dealership = Get("dealership");
        DateOnly fromDay = default, toDay = default;
        AuditOutcome outcomeValue = default;
        var dealershipId = 0;
        var valid = (from is null || DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out fromDay))
            && (to is null || DateOnly.TryParseExact(to, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out toDay))
            && (outcome is null || (Enum.TryParse(outcome, out outcomeValue) && Enum.IsDefined(outcomeValue)))
            && (dealership is null || int.TryParse(dealership, CultureInfo.InvariantCulture, out dealershipId));
        var filter = valid ? new AuditFilter
        {
            From = from is null ? null : fromDay,
            To = to is null ? null : toDay,
            ActorId = Get("actor"),
            Action = Get("action"),
            Outcome = outcome is null ? null : outcomeValue,
            DealershipId = dealership is null ? null : dealershipId,
            TargetType = Get("targetType"),
            TargetId = Get("targetId"),
        } : null;
        return filter?.Problem is null ? filter : null;
    }

    /// <summary>A short description for the audit entry that records a view or an export (ids only, no PII).</summary>
    public string Describe()
    {
        var query = ToQueryString();
        return query.Length == 0 ? "no filter" : "filter " + Uri.UnescapeDataString(query.TrimStart('?'));
    }
}
