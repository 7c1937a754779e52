namespace Portal.Features.Customers.Profile.Editing;

public enum EditOutcome { Saved, Unchanged, Invalid, Conflict, Failed }

/// <summary>One field changed by someone else since the user opened the form: what they started from, theirs, theirs wanted.</summary>
public sealed record FieldConflict(string Key, string Label, string? StartedFrom, string? Theirs, string? Mine);

/// <summary>
/// How a save ended. Saved carries the record re-read after the write; Conflict carries the record as it now is
/// (the new starting point if the user keeps their values); Failed says which vendor refused and why.
/// </summary>
public sealed record EditResult(EditOutcome Outcome, string Message)
{
    public SourceSnapshot? Current { get; init; }

    public IReadOnlyList<FieldConflict> Conflicts { get; init; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>True when the write got no answer and the outcome was settled by re-reading.</summary>
    public bool Reconciled { get; init; }
}
