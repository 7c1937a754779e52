using Portal.Vendors.Guardant;
using Portal.Vendors.Model;

namespace Portal.Features.Orders.Sources;

/// <summary>
/// The filter as Guardant's orders query. Guardant filters by status and sorts by number or submitdate itself; it
/// has no date filter and no sort by date, so those are done here over the customer's whole (short) order list.
/// </summary>
public static class GuardantOrderQueries
{
    /// <summary>The statuses to ask for (empty = all), or null when the filter excludes every Guardant status.</summary>
    public static IReadOnlyList<GuardantOrderStatus>? Statuses(OrderFilter filter)
    {
        if (filter.Statuses.Count == 0)
        {
            return [];
        }
        var statuses = filter.Statuses.Select(s => s switch
        {
            OrderStatus.Draft => GuardantOrderStatus.Draft,
            OrderStatus.Submitted => GuardantOrderStatus.Submit,
            OrderStatus.Revoked => (GuardantOrderStatus?)GuardantOrderStatus.Revoked,
            _ => null,
        }).OfType<GuardantOrderStatus>().Distinct().Order().ToList();
        return statuses.Count == 0 ? null : statuses;
    }

    /// <summary>True when Guardant can page this filter itself (sort by number or submit date, no date range).</summary>
    public static bool CanPushDown(OrderFilter filter) =>
        filter.Sort != OrderSort.Date && filter.From is null && filter.To is null;

    public static GuardantOrderQuery Query(OrderFilter filter, IReadOnlyList<GuardantOrderStatus> statuses) => new()
    {
        Sort = filter.Sort == OrderSort.SubmitDate ? GuardantOrderSort.SubmitDate : GuardantOrderSort.Number,
        Descending = filter.Descending,
        Statuses = statuses,
    };
}
