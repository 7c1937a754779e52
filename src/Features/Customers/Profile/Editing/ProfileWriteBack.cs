using Portal.Features.Audit;
using Portal.Features.Customers.Index;
using Portal.Features.Customers.Linking;
using Portal.Vendors;

namespace Portal.Features.Customers.Profile.Editing;

/// <summary>The write itself: pre-check, vendor write, reconciliation of an unknown outcome, re-read, index update, audit.</summary>
public sealed class ProfileWriteBack(IAuditLog audit, CustomerIndexWriter indexWriter, CustomerLinker linker, ILogger<ProfileWriteBack> logger)
{
    public async Task<EditResult> WriteAsync(SourceAccess target, SourceSnapshot startedFrom, IReadOnlyDictionary<string, string?> changes, CancellationToken ct)
    {
        var vendor = target.Source.Vendor.DisplayName();
        SourceSnapshot? current;
        try
        {
            current = await ReadAsync(target, startedFrom, ct);
        }
        catch (VendorApiException e)
        {
            return Failed($"Not saved: {VendorProblems.Describe(e)} when re-reading before the write. Nothing was written.");
        }
        if (current is null)
        {
            return Failed($"Not saved: {vendor} no longer has this record.");
        }
        if (ConflictsOf(target, startedFrom, current, changes) is { Count: > 0 } conflicts)
        {
            return Conflict(current, conflicts);
        }
        try
        {
            await target.Source.WriteAsync(target.Client, startedFrom, changes, ct);
        }
        catch (VendorApiException e) when (e.Kind == VendorFailureKind.Conflict)
        {
            var now = await TryReadAsync(target, startedFrom, ct) ?? current;
            var fields = ConflictsOf(target, startedFrom, now, changes);
            fields = fields.Count > 0 ? fields : ConflictsOf(target, startedFrom, now, changes, touchedOnly: false);
            return Conflict(now, fields.Count > 0 ? fields
                : [new FieldConflict("version", "Record version", startedFrom.Record.VersionToken, now.Record.VersionToken, startedFrom.Record.VersionToken)]);
        }
        catch (VendorApiException e) when (e.Kind == VendorFailureKind.OutcomeUnknown)
        {
            return await ReconcileAsync(target, startedFrom, changes, ct);
        }
        catch (VendorApiException e)
        {
            return Failed($"Not saved: {VendorProblems.Describe(e)}. Your values are kept; nothing was written.");
        }
        var saved = await TryReadAsync(target, startedFrom, ct);
        await IndexAsync(target, saved, ct);
        return new EditResult(EditOutcome.Saved, saved is null ? $"Saved to {vendor}; re-reading it failed, so the values shown may be old." : $"Saved to {vendor}.") { Current = saved };
    }

    public Task AuditAsync(SourceAccess target, SourceSnapshot startedFrom, IReadOnlyDictionary<string, string?> changes, EditResult result, CancellationToken ct) =>
        audit.RecordAsync(new AuditEvent(AuditActions.CustomerUpdated, result.Outcome == EditOutcome.Saved ? AuditOutcome.Succeeded : AuditOutcome.Failed)
        {
            Target = new AuditTarget(AuditTargetTypes.Customer, startedFrom.Record.Source.ToString()),
            DealershipId = target.Connection.DealershipId,
            Changes = changes.Select(c => new AuditChange(c.Key, ProfileAudit.Masked(c.Key, startedFrom.Values.GetValueOrDefault(c.Key)), ProfileAudit.Masked(c.Key, c.Value))).ToList(),
            Detail = $"{target.Source.Vendor.Slug()}: {target.Source.WriteMethod}; {result.Outcome}{(result.Reconciled ? " (settled by re-reading after no answer)" : "")}",
        }, ct);

    // A write that got no answer is settled by reading the record again, never by writing again.
    private async Task<EditResult> ReconcileAsync(SourceAccess target, SourceSnapshot startedFrom, IReadOnlyDictionary<string, string?> changes, CancellationToken ct)
    {
        var vendor = target.Source.Vendor.DisplayName();
        var now = await TryReadAsync(target, startedFrom, ct);
        if (now is null)
        {
            return Failed($"{vendor} did not answer the write and could not be re-read: the outcome is unknown. Re-open the record before trying again.") with { Reconciled = true };
        }
        if (changes.All(c => SameValue(now.Values.GetValueOrDefault(c.Key), c.Value)))
        {
            await IndexAsync(target, now, ct);
            return new EditResult(EditOutcome.Saved, $"Saved to {vendor} (it did not answer the write; re-reading shows it was applied).") { Current = now, Reconciled = true };
        }
        var untouched = changes.All(c => SameValue(now.Values.GetValueOrDefault(c.Key), startedFrom.Values.GetValueOrDefault(c.Key)));
        return Failed(untouched
            ? $"Not saved: {vendor} did not answer and re-reading shows the write was not applied. Your values are kept."
            : $"{vendor} did not answer and the record now differs from both your values and the old ones. Review it before saving again.")
            with { Current = now, Reconciled = true };
    }

    // The fields being changed (or, when the vendor refused on its version alone, every editable field) that moved.
    private static List<FieldConflict> ConflictsOf(
        SourceAccess target, SourceSnapshot startedFrom, SourceSnapshot current, IReadOnlyDictionary<string, string?> changes, bool touchedOnly = true) =>
        target.Source.EditableFields.Where(f => (!touchedOnly || changes.ContainsKey(f.Key))
                && !SameValue(startedFrom.Values.GetValueOrDefault(f.Key), current.Values.GetValueOrDefault(f.Key)))
            .Select(f => new FieldConflict(f.Key, f.Label, startedFrom.Values.GetValueOrDefault(f.Key), current.Values.GetValueOrDefault(f.Key),
                changes.TryGetValue(f.Key, out var mine) ? mine : startedFrom.Values.GetValueOrDefault(f.Key)))
            .ToList();

    private static EditResult Conflict(SourceSnapshot current, IReadOnlyList<FieldConflict> conflicts) =>
        new(EditOutcome.Conflict, $"Changed in {current.Record.Source.Vendor.DisplayName()} since you opened it: nothing was written. Compare and choose.")
        { Current = current, Conflicts = conflicts };

    private static EditResult Failed(string message) => new(EditOutcome.Failed, message);

    private static bool SameValue(string? a, string? b) => string.Equals((a ?? "").Trim(), (b ?? "").Trim(), StringComparison.OrdinalIgnoreCase);

    private static Task<SourceSnapshot?> ReadAsync(SourceAccess target, SourceSnapshot startedFrom, CancellationToken ct) =>
        target.Source.ReadAsync(target.Client, startedFrom.Record.Source.ExternalId, null, ct);

    private static async Task<SourceSnapshot?> TryReadAsync(SourceAccess target, SourceSnapshot startedFrom, CancellationToken ct)
    {
        try
        {
            return await ReadAsync(target, startedFrom, ct);
        }
        catch (VendorApiException)
        {
            return null;
        }
    }

    private async Task IndexAsync(SourceAccess target, SourceSnapshot? saved, CancellationToken ct)
    {
        if (saved is null)
        {
            return;
        }
        try
        {
            if (await indexWriter.UpsertAsync([saved.Record], target.Connection.DealershipId, ct) > 0)
            {
                await linker.LinkPendingAsync(ct);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Index update after a customer edit failed for connection {ConnectionId}", target.Connection.Connection.Id);
        }
    }
}
