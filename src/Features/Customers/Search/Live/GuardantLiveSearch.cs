using System.Globalization;
using Portal.Features.Customers.Index;
using Portal.Vendors;
using Portal.Vendors.Guardant;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Search.Live;

/// <summary>
/// Guardant's API cannot search: a number is tried as a customer id, and otherwise the list is read in pages of
/// 1,000 (sorted by name) and filtered here on the folded name, email and phone digits, stopping at 20 matches or
/// after <see cref="MaxScanned"/> customers, within the deadline. A big Guardant account is therefore searched
/// only in part: the card says so.
/// </summary>
internal sealed class GuardantLiveSearch : ILiveSearchSource
{
    public const int MaxScanned = 5000;

    public VendorKind Vendor => VendorKind.Guardant;

    public string Method => $"Guardant list + filter (first {MaxScanned:N0} customers by name; no search call)";

    public async Task<IReadOnlyList<CustomerRecord>> SearchAsync(IVendorClient client, LiveQuery query, CancellationToken cancellationToken)
    {
        var guardant = (IGuardantClient)client;
        var found = new List<CustomerRecord>();
        if (query.Kind == SearchKind.Number && long.TryParse(query.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            && await guardant.GetCustomerAsync(id, cancellationToken) is { } byId)
        {
            found.Add(GuardantMapper.ToCustomer(byId, client.Connection.Id));
        }
        var scanned = 0;
        var request = new GuardantCustomerQuery { Sort = GuardantCustomerSort.Name, Limit = 1000 };
        await foreach (var customer in guardant.AllCustomersAsync(request, cancellationToken))
        {
            if (++scanned > MaxScanned || found.Count >= 20)
            {
                break;
            }
            var record = GuardantMapper.ToCustomer(customer, client.Connection.Id);
            if (Matches(record, query) && found.All(f => f.Source != record.Source))
            {
                found.Add(record);
            }
        }
        return found;
    }

    internal static bool Matches(CustomerRecord record, LiveQuery query)
    {
        if (query.PhoneDigits is { } digits)
        {
            return record.Phones.Any(p => p.Contains(digits, StringComparison.Ordinal));
        }
        var text = CustomerSearchText.Build(record);
        return query.Folded.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(word => text.Contains(word, StringComparison.Ordinal));
    }
}
