using Portal.Vendors.Walcu.Dtos;

namespace Portal.Vendors.Walcu;

/// <summary>The records hanging off a client: contacts, vehicles, stock cars of its leads, leads, repair orders, offers.</summary>
public sealed partial class WalcuClient
{
    public Task<Page<WalcuContactDto>> ListContactsAsync(string clientId, string? next = null, CancellationToken cancellationToken = default) =>
        ListOfClientAsync<WalcuContactDto>("contacts", WalcuField.ClientId, clientId, next, cancellationToken);

    public Task<Page<WalcuClientVehicleDto>> ListClientVehiclesAsync(string clientId, string? next = null, CancellationToken cancellationToken = default) =>
        ListOfClientAsync<WalcuClientVehicleDto>("clientvehicles", WalcuField.OwnerClientId, clientId, next, cancellationToken);

    public Task<Page<WalcuSaleLeadDto>> ListSaleLeadsAsync(string clientId, string? next = null, CancellationToken cancellationToken = default) =>
        ListOfClientAsync<WalcuSaleLeadDto>("saleleads", WalcuField.ClientId, clientId, next, cancellationToken);

    public Task<Page<WalcuAfterSaleLeadDto>> ListAfterSaleLeadsAsync(string clientId, string? next = null, CancellationToken cancellationToken = default) =>
        ListOfClientAsync<WalcuAfterSaleLeadDto>("aftersaleleads", WalcuField.ClientId, clientId, next, cancellationToken);

    public Task<Page<WalcuRepairOrderDto>> ListRepairOrdersAsync(string clientId, string? next = null, CancellationToken cancellationToken = default) =>
        ListOfClientAsync<WalcuRepairOrderDto>("repairorders", WalcuField.ClientId, clientId, next, cancellationToken);

    public Task<Page<WalcuOfferDto>> ListOffersAsync(string clientId, string? next = null, CancellationToken cancellationToken = default) =>
        ListOfClientAsync<WalcuOfferDto>("offers", WalcuField.ClientId, clientId, next, cancellationToken);

    public Task<Page<WalcuRepairOrderDto>> ListRepairOrdersAsync(WalcuListQuery query, CancellationToken cancellationToken = default) =>
        ListAsync<WalcuRepairOrderDto>("repairorders", query, cancellationToken);

    public Task<Page<WalcuOfferDto>> ListOffersAsync(WalcuListQuery query, CancellationToken cancellationToken = default) =>
        ListAsync<WalcuOfferDto>("offers", query, cancellationToken);

    public async Task<Page<WalcuCarDto>> ListCarsAsync(string clientId, string? next = null, CancellationToken cancellationToken = default)
    {
        // Cars are the dealer's stock and carry no client; a client's cars are the ones its sale leads list.
        var carIds = new SortedSet<string>(StringComparer.Ordinal);
        var leads = Paging.AllAsync((n, ct) => ListSaleLeadsAsync(clientId, n, ct), cancellationToken: cancellationToken);
        await foreach (var lead in leads)
        {
            foreach (var item in lead.CarList ?? [])
            {
                if (!string.IsNullOrEmpty(item?.CarId))
                {
                    carIds.Add(item.CarId);
                }
            }
        }
        if (carIds.Count == 0)
        {
            return Page<WalcuCarDto>.Empty;
        }
        return await ListAsync<WalcuCarDto>("cars",
            new WalcuListQuery(WalcuFilter.In(WalcuField.Id, carIds), Skip: SkipOf(next)), cancellationToken);
    }

    private Task<Page<T>> ListOfClientAsync<T>(string collection, WalcuField field, string clientId, string? next, CancellationToken ct) =>
        ListAsync<T>(collection, new WalcuListQuery(WalcuFilter.EqualTo(field, clientId), Skip: SkipOf(next)), ct);
}
