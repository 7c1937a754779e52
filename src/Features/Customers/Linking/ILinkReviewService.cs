namespace Portal.Features.Customers.Linking;

/// <summary>A record linked to a person on weak evidence, waiting for a manager to confirm or split it.</summary>
public sealed record PossibleMatch(long PersonId, string PersonName, int DealershipId, string SourceRef, string RecordName, double Score, string Rules);

/// <summary>
/// Managers' review of links (policy Customers, dealership-scoped, audited). Decisions are remembered by SourceRef,
/// so later syncs never undo them.
/// </summary>
public interface ILinkReviewService
{
    /// <summary>Possible matches in the user's dealerships, lowest score first.</summary>
    Task<IReadOnlyList<PossibleMatch>> ListPossibleAsync(int take = 50, CancellationToken ct = default);

    /// <summary>Confirms that the record belongs to its current person (with every record there now).</summary>
    Task ConfirmAsync(string sourceRef, CancellationToken ct = default);

    /// <summary>Takes the record out of its person for good; returns the person it is in afterwards.</summary>
    Task<long> SplitAsync(string sourceRef, string? reason = null, CancellationToken ct = default);
}
