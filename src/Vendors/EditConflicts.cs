namespace Portal.Vendors;

/// <summary>A field a user may edit: its vendor name, its value in a record, and the value the user asks for (null = unchanged).</summary>
public sealed record EditableField<TRecord, TChanges>(string Name, Func<TRecord, string?> Current, Func<TChanges, string?> Requested);

/// <summary>
/// The optimistic check before a vendor write: the fields the user changes must still hold what the user started
/// from. Fields the user does not touch may have changed meanwhile; the write keeps the vendor's newer values.
/// </summary>
public static class EditConflicts
{
    /// <summary>Names of the requested fields whose current value differs from the one the user started from.</summary>
    public static IReadOnlyList<string> Find<TRecord, TChanges>(
        IEnumerable<EditableField<TRecord, TChanges>> fields, TChanges changes, TRecord startedFrom, TRecord current) =>
        fields.Where(f => f.Requested(changes) is not null && !Same(f.Current(startedFrom), f.Current(current)))
            .Select(f => f.Name)
            .ToList();

    /// <summary>Names of the requested fields whose value would actually change.</summary>
    public static IReadOnlyList<string> Changed<TRecord, TChanges>(
        IEnumerable<EditableField<TRecord, TChanges>> fields, TChanges changes, TRecord current) =>
        fields.Where(f => f.Requested(changes) is { } wanted && !Same(wanted, f.Current(current)))
            .Select(f => f.Name)
            .ToList();

    /// <summary>
    /// Throws the Conflict failure when a requested field of <paramref name="current"/> no longer holds its value in
    /// <paramref name="startedFrom"/> (no check without a starting point).
    /// </summary>
    public static void ThrowIfChangedMeanwhile<TRecord, TChanges>(VendorConnection connection,
        IEnumerable<EditableField<TRecord, TChanges>> fields, TChanges changes, TRecord? startedFrom, TRecord current) where TRecord : class =>
        ThrowIfAny(connection, startedFrom is null ? [] : Find(fields, changes, startedFrom, current));

    /// <summary>Throws the Conflict failure when <paramref name="conflicts"/> is not empty.</summary>
    public static void ThrowIfAny(VendorConnection connection, IReadOnlyList<string> conflicts)
    {
        if (conflicts.Count > 0)
        {
            throw new VendorApiException(connection.Vendor, connection.Name, VendorFailureKind.Conflict,
                $"Changed in {connection.Vendor.DisplayName()} since it was opened: {string.Join(", ", conflicts)}. Nothing was written.")
            {
                ErrorCode = "conflict",
                ConflictingFields = conflicts,
            };
        }
    }

    // Vendors blank a field as "" or null interchangeably.
    private static bool Same(string? a, string? b) => string.Equals(a ?? "", b ?? "", StringComparison.Ordinal);
}
