using Portal.Features.Audit;
using Portal.Security;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Profile.Editing;

/// <summary>
/// Edits one source record with write-back: re-read before writing (a changed field shows the conflict view and
/// nothing is written), write with the vendor's own method, settle a write without an answer by re-reading (never
/// by writing again), re-read after the write, update the index from it, and audit before/after with the outcome.
/// </summary>
public sealed class ProfileEditService(ICurrentUser currentUser, ICustomerDirectory directory, ProfileSourceAccess access, ProfileWriteBack writeBack)
{
    /// <summary>The record as it is now: the starting point of an edit. Null when the user may not edit it.</summary>
    public async Task<SourceSnapshot?> StartAsync(SourceRef source, CancellationToken ct = default) =>
        await TargetAsync(source, ct) is { } target ? await target.Source.ReadAsync(target.Client, source.ExternalId, null, ct) : null;

    public IReadOnlyList<EditFieldSpec> FieldsOf(VendorKind vendor) => access.SourceOf(vendor)?.EditableFields ?? [];

    public async Task<EditResult> SaveAsync(SourceSnapshot startedFrom, IReadOnlyDictionary<string, string?> wanted, CancellationToken ct = default)
    {
        var source = startedFrom.Record.Source;
        var target = await TargetAsync(source, ct) ?? throw new AccessDeniedException("No such customer record.");
        var fields = target.Source.EditableFields;
        var changes = ProfileFields.Changes(startedFrom.Values, wanted.Where(w => fields.Any(f => f.Key == w.Key)).ToDictionary());
        if (changes.Count == 0)
        {
            return new EditResult(EditOutcome.Unchanged, "Nothing to save: no value differs from the record.") { Current = startedFrom };
        }
        var errors = EditValidation.Check(fields.Where(f => changes.ContainsKey(f.Key)), changes);
        if (errors.Count > 0)
        {
            return new EditResult(EditOutcome.Invalid, "Some values are not valid; nothing was saved.") { Errors = errors };
        }
        var result = await writeBack.WriteAsync(target, startedFrom, changes, ct);
        await writeBack.AuditAsync(target, startedFrom, changes, result, ct);
        return result;
    }

    private async Task<SourceAccess?> TargetAsync(SourceRef source, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.Customers);
        return await directory.PersonOfAsync(user, source, ct) is null ? null
            : await access.GetAsync(user, source, ct) is { Source.EditableFields.Count: > 0 } target ? target : null;
    }
}
