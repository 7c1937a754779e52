using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Features.Connections;
using Portal.Features.Customers;
using Portal.Security;
using Portal.Vendors;
using Portal.Vendors.Model;
using Portal.Vendors.MyKaarma;

namespace Portal.Features.DataRequests;

/// <summary>
/// One item: its detail with history and decisions, and its document, fetched by the portal with the connection's
/// credentials (the vendor URL never reaches a browser); every look at the document is audited.
/// </summary>
public sealed class DataRequestItemService(
    ICurrentUser currentUser, IDbContextFactory<PortalDbContext> dbFactory, ICustomerDirectory directory, ConnectionCatalog catalog,
    IVendorClientFactory clients, IAuditLog audit, IOptions<DataRequestOptions> options, TimeProvider clock)
{
    public async Task<ItemDetail?> DetailAsync(long id, CancellationToken ct = default)
    {
        var (user, item) = await ItemAsync(id, ct);
        if (item is null)
        {
            return null;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var decisions = await db.Set<DataRequestDecision>().AsNoTracking().Where(d => d.ItemId == id).ToListAsync(ct);
        var views = decisions.OrderByDescending(d => d.Id).Select(DecisionView.From).ToList();
        var age = clock.GetUtcNow() - item.RequestedUtc;
        var row = new QueueRow(item.Id, item.CustomerName, item.Type, item.Name, item.DepartmentUuid, item.Status, item.RequestedUtc, age,
            DataRequestQueueService.SlaOf(age, options.Value.Sla), views.FirstOrDefault());
        var mine = await db.Users.AsNoTracking().Where(u => u.Id == user.UserId).Select(u => u.MyKaarmaUserUuid).FirstOrDefaultAsync(ct);
        var authority = DecisionRules.Check(user, mine, item, DecisionKind.Approve, null, "preview");
        return new ItemDetail(row, item.Vehicle, item.Description, item.Required, item.HasFile, item.HasText, item.RequestedByName,
            DataRequestItemMapper.Reviews(item), views, await PersonAsync(user, item, ct), item.DealershipId,
            authority.Message);
    }

    /// <summary>The text the customer entered, read live from myKaarma (never stored by the portal); audited.</summary>
    public async Task<string?> RevealTextAsync(long id, CancellationToken ct = default)
    {
        var (client, item) = await ClientAsync(id, ct);
        if (client is null || item is null || item.ViewRequestToken is null)
        {
            return null;
        }
        var profile = await client.GetCustomerProfileAsync(item.DepartmentUuid, item.ViewRequestToken, ct);
        var text = profile?.Items?.FirstOrDefault(i => i.Uuid == item.ItemUuid)?.DealerSupportedItemMetaData?.FileText;
        await RecordViewAsync(item, "text", ct);
        return text;
    }

    /// <summary>The item's file, downloaded through the connection; audited before it is returned.</summary>
    public async Task<MyKaarmaDocument?> OpenFileAsync(long id, CancellationToken ct = default)
    {
        var (client, item) = await ClientAsync(id, ct);
        if (client is null || item?.FileUrl is not { } url)
        {
            return null;
        }
        var document = await client.GetDocumentAsync(url, ct);
        await RecordViewAsync(item, "file", ct);
        return document;
    }

    private async Task<long?> PersonAsync(UserContext user, DataRequestRow item, CancellationToken ct) =>
        item.CustomerExternalId is { } external && user.Satisfies(PortalPolicies.Customers)
            ? await directory.PersonOfAsync(user, new SourceRef(VendorKind.MyKaarma, item.ConnectionId, external), ct)
            : null;

    private async Task<(IMyKaarmaClient? Client, DataRequestRow? Item)> ClientAsync(long id, CancellationToken ct)
    {
        var (_, item) = await ItemAsync(id, ct);
        var connection = item is null ? null : await catalog.GetAsync(item.ConnectionId, ct);
        return connection is { Enabled: true } ? (clients.Create<IMyKaarmaClient>(connection.Connection), item) : (null, item);
    }

    private async Task<(UserContext User, DataRequestRow? Item)> ItemAsync(long id, CancellationToken ct)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.DataRequests);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await DataRequestQueueService.Scope(db.Set<DataRequestRow>().AsNoTracking(), user).FirstOrDefaultAsync(r => r.Id == id, ct);
        return (user, item);
    }

    private Task RecordViewAsync(DataRequestRow item, string what, CancellationToken ct) =>
        audit.RecordAsync(new AuditEvent(AuditActions.DataRequestViewed)
        {
            Target = DataRequestAudit.Target(item), DealershipId = item.DealershipId, Detail = $"document {what}",
        }, ct);
}
