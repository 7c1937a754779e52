using Microsoft.EntityFrameworkCore;
using Portal.Data;
using Portal.Features.Audit;
using Portal.Security;

namespace Portal.Features.Customers.Search;

/// <summary>A dealership the user may filter by.</summary>
public sealed record DealershipChoice(int Id, string Name);

/// <summary>
/// The search page's service: who is asking (from the circuit, never from the page), the scoped index search, and
/// one audit entry per new search (its kind, length and result count; never the text, which may be PII).
/// </summary>
public sealed class CustomerSearchService(
    ICurrentUser currentUser, CustomerSearchQuery query, IAuditLog audit, IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<CustomerSearchResult> SearchAsync(CustomerSearchRequest request, CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        var result = await query.SearchAsync(user, request, ct);
        if (request.After is null)
        {
            await audit.RecordAsync(new AuditEvent(AuditActions.CustomerSearched)
            {
                DealershipId = request.DealershipId,
                Detail = SearchAuditDetail.Index(request, result),
            }, ct);
        }
        return result;
    }

    /// <summary>The dealerships the user may see, for the filter: all for admins, their own for everyone else.</summary>
    public async Task<IReadOnlyList<DealershipChoice>> DealershipsAsync(CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.Customers);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dealerships = db.Dealerships.AsNoTracking();
        if (!user.IsAdmin)
        {
            dealerships = dealerships.Where(d => user.DealershipIds.Contains(d.Id));
        }
        return await dealerships.OrderBy(d => d.Name).Select(d => new DealershipChoice(d.Id, d.Name)).ToListAsync(ct);
    }
}
