using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Hosting;

namespace Portal.Features.Audit;

/// <summary>
/// After migrations: creates the HMAC key on first start. When the audit table already has entries but the key is
/// gone, the portal refuses to start: a new key would make every old entry fail verification and hide the loss.
/// </summary>
internal sealed class AuditKeyStep(AuditKeyFiles files, IDbContextFactory<PortalDbContext> dbFactory, ILogger<AuditKeyStep> logger) : IStartupStep
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (files.KeyExists)
        {
            return;
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (await db.AuditEntries().AnyAsync(cancellationToken))
        {
            throw new AuditKeyMissingException(files.KeyFile);
        }
        files.CreateKey();
        logger.LogInformation("Created the audit HMAC key beside the key ring");
    }
}
