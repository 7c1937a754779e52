using Portal.Vendors;
using Portal.Vendors.Model;
using Portal.Vendors.Walcu;

namespace Portal.Features.Customers.Search.Live;

/// <summary>
/// Walcu's own search (<c>GET /clients?search=</c>: every term must match a name, email, id or phone digits). The
/// search string is WQL, so it is rebuilt from plain words here (letters, digits and the marks of emails and names)
/// rather than passed through; a phone becomes its digits.
/// </summary>
internal sealed class WalcuLiveSearch : ILiveSearchSource
{
    public VendorKind Vendor => VendorKind.Walcu;

    public string Method => "Walcu search";

    public async Task<IReadOnlyList<CustomerRecord>> SearchAsync(IVendorClient client, LiveQuery query, CancellationToken cancellationToken)
    {
        var terms = Terms(query);
        if (terms.Length == 0)
        {
            return [];
        }
        var page = await ((IWalcuClient)client).SearchClientsAsync(terms, limit: 20, cancellationToken: cancellationToken);
        return page.Items.Select(c => WalcuMapper.ToCustomer(c, client.Connection.Id)).OfType<CustomerRecord>().ToList();
    }

    internal static string Terms(LiveQuery query) => query.PhoneDigits ?? string.Join(' ', query.Text
        .Split(' ', StringSplitOptions.RemoveEmptyEntries)
        .Select(word => new string(word.Where(c => char.IsLetterOrDigit(c) || c is '@' or '.' or '-' or '_' or '\'' or '+').ToArray()))
        .Where(word => word.Length > 0)
        .Take(5));
}
