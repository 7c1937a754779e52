using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Admin;
using Portal.Features.Admin.Users;
using Portal.Features.Audit;
using Portal.Vendors.Resilience;

namespace Portal.Features.Connections.Admin;

/// <summary>Lists, creates, edits, enables/disables and deletes vendor connections. Admins only, checked here.</summary>
public sealed class ConnectionAdminService(
    AdminGuard guard, IDbContextFactory<PortalDbContext> dbFactory, ConnectionSecretSealer sealer, ConnectionPipelines pipelines,
    ConnectionDependencies dependencies, IAuditLog audit)
{
    public async Task<IReadOnlyList<ConnectionRow>> ListAsync(CancellationToken ct = default)
    {
        await guard.DemandAsync("list connections", ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.Connections.AsNoTracking().Include(c => c.Dealership).ToListAsync(ct);
        return rows.Select(r => ConnectionRows.ToRow(r, sealer))
            .OrderBy(r => r.DealershipName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(r => r.Name, StringComparer.CurrentCultureIgnoreCase)
            .ToList();
    }

    public async Task<IReadOnlyList<DealershipChoice>> DealershipChoicesAsync(CancellationToken ct = default)
    {
        await guard.DemandAsync("list dealerships", ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await UserQueries.DealershipsAsync(db, ct);
    }

    public async Task<int> CreateAsync(ConnectionInput input, CancellationToken ct = default)
    {
        await guard.DemandAsync("create connections", ct);
        Check(input, withSecrets: true);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var name = input.Name.Trim();
        await ConnectionRows.EnsureValidPlaceAsync(db, input.DealershipId, name, null, ct);
        var settings = ConnectionChanges.Settings(input);
        var row = new Connection
        {
            Vendor = input.Vendor, Name = name, DealershipId = input.DealershipId, BaseUrl = input.BaseUrl.Trim(), Enabled = input.Enabled,
            SettingsJson = ConnectionChanges.Json(settings), SealedSecrets = sealer.Seal(ConnectionChanges.Secrets(input.Vendor, input.Secrets)),
        };
        db.Connections.Add(row);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(AuditActions.ConnectionCreated)
        {
            Target = ConnectionChanges.Target(row), DealershipId = row.DealershipId, Changes = ConnectionChanges.Created(row, settings),
        }, ct);
        return row.Id;
    }

    /// <summary>Saves name, dealership, base URL and vendor ids; the vendor and the credentials stay as they are.</summary>
    public async Task UpdateAsync(int id, ConnectionInput input, CancellationToken ct = default)
    {
        await guard.DemandAsync("edit connections", ct);
        Check(input, withSecrets: false);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await ConnectionRows.FindAsync(db, id, ct);
        if (row.Vendor != input.Vendor)
        {
            throw new AdminRuleException("The vendor of a connection cannot be changed. Create a new connection instead.");
        }
        var name = input.Name.Trim();
        await ConnectionRows.EnsureValidPlaceAsync(db, input.DealershipId, name, id, ct);
        var changes = ConnectionChanges.Apply(row, input, name);
        if (changes.Count == 0)
        {
            return;
        }
        row.UpdatedUtc = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct);
        pipelines.Reset(id);
        await audit.RecordAsync(new AuditEvent(AuditActions.ConnectionUpdated)
        {
            Target = ConnectionChanges.Target(row), DealershipId = row.DealershipId, Changes = changes,
        }, ct);
    }

    /// <summary>Seals new credentials over the old ones; the audit says which were replaced, never their values.</summary>
    public async Task ReplaceSecretAsync(int id, SecretInput input, CancellationToken ct = default)
    {
        await guard.DemandAsync("replace connection secrets", ct);
        InputValidation.Check(input);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await ConnectionRows.FindAsync(db, id, ct);
        if (row.Vendor != input.Vendor)
        {
            throw new AdminRuleException("These credentials are for another vendor.");
        }
        var secrets = ConnectionChanges.Secrets(row.Vendor, input.Secrets);
        row.SealedSecrets = sealer.Seal(secrets);
        row.UpdatedUtc = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct);
        pipelines.Reset(id);
        await audit.RecordAsync(new AuditEvent(AuditActions.ConnectionSecretReplaced)
        {
            Target = ConnectionChanges.Target(row), DealershipId = row.DealershipId,
            Changes = secrets.Keys.Order(StringComparer.Ordinal).Select(k => new AuditChange(k, null, null, Sensitive: true)).ToList(),
        }, ct);
    }

    public async Task SetEnabledAsync(int id, bool enabled, CancellationToken ct = default)
    {
        await guard.DemandAsync(enabled ? "enable connections" : "disable connections", ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await ConnectionRows.FindAsync(db, id, ct);
        if (row.Enabled == enabled)
        {
            return;
        }
        row.Enabled = enabled;
        row.UpdatedUtc = DateTimeOffset.UtcNow;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(new AuditEvent(enabled ? AuditActions.ConnectionEnabled : AuditActions.ConnectionDisabled)
        {
            Target = ConnectionChanges.Target(row), DealershipId = row.DealershipId,
            Changes = [new("enabled", (!enabled).ToString(), enabled.ToString())],
        }, ct);
    }

    /// <summary>What a delete would touch, for the confirmation.</summary>
    public async Task<ConnectionDependents> DependentsAsync(int id, CancellationToken ct = default)
    {
        await guard.DemandAsync("delete connections", ct);
        return await dependencies.CountAsync(id, ct);
    }

    public async Task DeleteAsync(int id, CancellationToken ct = default)
    {
        await guard.DemandAsync("delete connections", ct);
        var (row, dependents) = await dependencies.DeleteAsync(id, ct);
        pipelines.Reset(id);
        await audit.RecordAsync(new AuditEvent(AuditActions.ConnectionDeleted)
        {
            Target = ConnectionChanges.Target(row), DealershipId = row.DealershipId,
            Changes = [new("indexedCustomers", dependents.IndexedCustomers.ToString(), "0"), new("syncRuns", dependents.SyncRuns.ToString(), null)],
        }, ct);
    }

    private static void Check(ConnectionInput input, bool withSecrets)
    {
        InputValidation.Check(input);
        if (withSecrets != input.IncludesSecrets)
        {
            throw new AdminRuleException(withSecrets ? "Enter the credentials." : "Change credentials with 'Replace secret'.");
        }
    }
}
