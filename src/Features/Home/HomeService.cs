using Microsoft.EntityFrameworkCore;
using Portal.Components.Layout;
using Portal.Data;
using Portal.Security;

namespace Portal.Features.Home;

public sealed record HomeSummary(IReadOnlyList<string> Dealerships, IReadOnlyList<NavItem> Shortcuts);

/// <summary>What the start page shows: the user's dealerships and the features their roles open.</summary>
public sealed class HomeService(IDbContextFactory<PortalDbContext> dbFactory)
{
    public async Task<HomeSummary> GetSummaryAsync(UserContext user, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var query = db.Dealerships.AsNoTracking();
        if (!user.IsAdmin)
        {
            query = query.Where(d => user.DealershipIds.Contains(d.Id));
        }
        var names = await query.OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(cancellationToken);
        return new HomeSummary(names, NavCatalog.For(user.IsInRole));
    }
}
