using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Data;
using Portal.Features.Audit;

namespace Portal.IntegrationTests.Audit;

/// <summary>Reads what a running portal stored in its audit table, and records through its real IAuditLog.</summary>
internal static class AuditEntries
{
    public static async Task<List<AuditEntry>> WhereAsync(PortalAppFactory factory, Expression<Func<AuditEntry, bool>> predicate)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries().AsNoTracking().Where(predicate).OrderBy(e => e.Sequence).ToListAsync();
    }

    /// <summary>Records as a background job would (no request, no circuit: the actor is the system).</summary>
    public static async Task RecordAsync(PortalAppFactory factory, AuditEvent auditEvent)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IAuditLog>().RecordAsync(auditEvent);
    }
}
