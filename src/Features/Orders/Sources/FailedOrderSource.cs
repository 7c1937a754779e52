using Portal.Vendors;

namespace Portal.Features.Orders.Sources;

/// <summary>A source whose loading failed: every fetch reports the same failure, so the page shows it beside the others.</summary>
public sealed class FailedOrderSource(string key, string label, VendorApiException failure) : IOrderSource
{
    public string Key => key;

    public string Label => label;

    public Task<IReadOnlyList<OrderRow?>> FetchAsync(int offset, int limit, CancellationToken cancellationToken) =>
        Task.FromException<IReadOnlyList<OrderRow?>>(failure);
}
