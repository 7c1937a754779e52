using Portal.Vendors.Walcu.Dtos;

namespace Portal.Vendors.Walcu;

/// <summary>
/// Walcu CRM for one dealer (walcu-crm-openapi, server https://api.crm.walcu.com/dealers/{dealer_id}). List calls
/// return one page; <see cref="Page{T}.Next"/> is the next <c>skip</c> (Walcu says "more" in the mapp-has-more
/// header); walk them with <see cref="Paging.AllAsync{T}"/>.
/// </summary>
public interface IWalcuClient : IVendorClient
{
    /// <summary>GET /clients with a filter, search, sort and paging ("Returns a list of clients").</summary>
    Task<Page<WalcuClientDto>> ListClientsAsync(WalcuListQuery query, CancellationToken cancellationToken = default);

    /// <summary>GET /clients?search=...: Walcu's own search over names, emails, phones and ids (WQL).</summary>
    Task<Page<WalcuClientDto>> SearchClientsAsync(string search, string? next = null, int limit = WalcuListQuery.DefaultLimit, CancellationToken cancellationToken = default);

    /// <summary>Every client matching <paramref name="query"/>, page after page (GET /clients).</summary>
    IAsyncEnumerable<WalcuClientDto> AllClientsAsync(WalcuListQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Clients changed at or after <paramref name="since"/>, oldest change first (GET /clients with
    /// q={"updated_at":{"$gte":...}}&amp;sort=updated_at), paged by time so records changed meanwhile are never skipped.
    /// </summary>
    IAsyncEnumerable<WalcuClientDto> ListClientsModifiedSinceAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>GET /clients/{client_id} ("Returns a single client"); null when Walcu has no such client.</summary>
    Task<WalcuClientDto?> GetClientAsync(string clientId, CancellationToken cancellationToken = default);

    /// <summary>
    /// PATCH /clients/{client_id} with a JSON Patch of the fields that differ between <paramref name="before"/> (as
    /// read) and <paramref name="after"/>, guarded by a test on <c>__v</c>: a client changed meanwhile fails with
    /// <see cref="VendorFailureKind.Rejected"/> and error code "conflict". Returns the updated client.
    /// </summary>
    Task<WalcuClientDto> PatchClientAsync(WalcuClientDto before, WalcuClientDto after, CancellationToken cancellationToken = default);

    /// <summary>PUT /clients/{client_id} ("Replaces a client"): fields left out are cleared. Returns the stored client.</summary>
    Task<WalcuClientDto> ReplaceClientAsync(WalcuClientDto client, CancellationToken cancellationToken = default);

    /// <summary>DELETE /clients/{client_id} ("Deletes a client").</summary>
    Task DeleteClientAsync(string clientId, CancellationToken cancellationToken = default);

    /// <summary>GET /contacts?q={"client_id":...}: the client's contact people.</summary>
    Task<Page<WalcuContactDto>> ListContactsAsync(string clientId, string? next = null, CancellationToken cancellationToken = default);

    /// <summary>GET /clientvehicles?q={"owner_history.client_id":...}: vehicles the client owns or owned.</summary>
    Task<Page<WalcuClientVehicleDto>> ListClientVehiclesAsync(string clientId, string? next = null, CancellationToken cancellationToken = default);

    /// <summary>The stock cars the client's sale leads are about (GET /saleleads, then GET /cars?q={"_id":{"$in":...}}).</summary>
    Task<Page<WalcuCarDto>> ListCarsAsync(string clientId, string? next = null, CancellationToken cancellationToken = default);

    /// <summary>GET /saleleads?q={"client_id":...}.</summary>
    Task<Page<WalcuSaleLeadDto>> ListSaleLeadsAsync(string clientId, string? next = null, CancellationToken cancellationToken = default);

    /// <summary>GET /aftersaleleads?q={"client_id":...}.</summary>
    Task<Page<WalcuAfterSaleLeadDto>> ListAfterSaleLeadsAsync(string clientId, string? next = null, CancellationToken cancellationToken = default);

    /// <summary>GET /repairorders?q={"client_id":...}.</summary>
    Task<Page<WalcuRepairOrderDto>> ListRepairOrdersAsync(string clientId, string? next = null, CancellationToken cancellationToken = default);

    /// <summary>GET /offers?q={"client_id":...}.</summary>
    Task<Page<WalcuOfferDto>> ListOffersAsync(string clientId, string? next = null, CancellationToken cancellationToken = default);

    /// <summary>GET /repairorders with a filter, sort and paging ("Returns a list of repairorders"): the dealer's repair orders.</summary>
    Task<Page<WalcuRepairOrderDto>> ListRepairOrdersAsync(WalcuListQuery query, CancellationToken cancellationToken = default);

    /// <summary>GET /offers with a filter, sort and paging ("Returns a list of offers"): the dealer's offers.</summary>
    Task<Page<WalcuOfferDto>> ListOffersAsync(WalcuListQuery query, CancellationToken cancellationToken = default);
}
