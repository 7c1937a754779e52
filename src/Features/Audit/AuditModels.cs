namespace Portal.Features.Audit;

/// <summary>One line of the audit grid.</summary>
public sealed record AuditRow(
    long Sequence, DateTime TimestampUtc, string ActorName, string Action, AuditOutcome Outcome,
    string? TargetType, string? TargetId, string? TargetDisplay, int? DealershipId);

/// <summary>Which page: the newest, the one older than a sequence, or the one newer than a sequence.</summary>
public sealed record AuditPageRequest(long? OlderThan = null, long? NewerThan = null, int Size = 50);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, bool HasOlder, bool HasNewer)
{
    public static AuditPage Empty { get; } = new([], false, false);
}

public sealed record AuditEntryDetail(AuditEntry Entry, IReadOnlyList<StoredChange> Changes, string? DealershipName);

/// <summary>Events of one UTC day with one outcome, for the chart.</summary>
public sealed record AuditDayCount(DateOnly Day, AuditOutcome Outcome, int Count);

public sealed record AuditChoice(string Value, string Text);

/// <summary>What the filter's drop-downs offer.</summary>
public sealed record AuditFilterOptions(IReadOnlyList<AuditChoice> Actors, IReadOnlyList<AuditChoice> Dealerships)
{
    public static IReadOnlyList<string> Actions { get; } = [.. AuditActions.All.Order(StringComparer.Ordinal)];
}
