using Portal.Vendors;
using Portal.Vendors.Walcu;
using Portal.Vendors.Walcu.Dtos;
using static Portal.Features.Customers.Profile.ProfileFields;

namespace Portal.Features.Customers.Profile.Sources;

/// <summary>
/// Walcu: GET by id; writes are a JSON Patch of the changed paths only, led by a test on <c>__v</c>, so a client
/// changed since it was opened is refused by Walcu itself (reported as Conflict). Names and contacts are the
/// primary contact's (else the first contact's), as the index reads them.
/// </summary>
internal sealed class WalcuProfileSource : IProfileSource
{
    public VendorKind Vendor => VendorKind.Walcu;

    public string WriteMethod => "JSON Patch of the changed paths, tested on __v";

    public IReadOnlyList<EditFieldSpec> EditableFields { get; } =
    [
        First, Last, EmailAddress, PhoneNumber,
        new(StreetNumber, "Street number", MaxLength: 10), new(Street, "Street", MaxLength: 100), new(City, "City", MaxLength: 60),
        new(State, "State", MaxLength: 40), new(PostalCode, "Postal code", MaxLength: 12),
    ];

    public async Task<SourceSnapshot?> ReadAsync(IVendorClient client, string externalId, DateTimeOffset? lastModified, CancellationToken ct)
    {
        if (await ((IWalcuClient)client).GetClientAsync(externalId, ct) is not { } dto || WalcuMapper.ToCustomer(dto, client.Connection.Id) is not { } record)
        {
            return null;
        }
        var contact = Contact(dto);
        var values = new Dictionary<string, string?>
        {
            [FirstName] = contact?.Name?.FirstName,
            [LastName] = contact?.Name?.LastName,
            [Email] = contact?.Emails?.FirstOrDefault(),
            [Phone] = contact?.Phones?.FirstOrDefault(),
            [StreetNumber] = dto.Address?.StreetNumber,
            [Street] = dto.Address?.Route,
            [City] = dto.Address?.Locality,
            [State] = dto.Address?.AreaLevel1,
            [PostalCode] = dto.Address?.PostalCode,
        };
        return new SourceSnapshot(record, values, dto);
    }

    public async Task WriteAsync(IVendorClient client, SourceSnapshot startedFrom, IReadOnlyDictionary<string, string?> changes, CancellationToken ct)
    {
        var before = (WalcuClientDto)startedFrom.Raw;
        try
        {
            await ((IWalcuClient)client).PatchClientAsync(before, Apply(before, changes), ct);
        }
        catch (VendorApiException e) when (e.ErrorCode == "conflict" && e.Kind != VendorFailureKind.Conflict)
        {
            throw new VendorApiException(e.Vendor, e.ConnectionName, VendorFailureKind.Conflict, e.VendorMessage, e)
            {
                StatusCode = e.StatusCode, ErrorCode = e.ErrorCode, RequestId = e.RequestId, ConflictingFields = ["__v"],
            };
        }
    }

    /// <summary>The client with the changes applied to its primary (else first) contact and its address.</summary>
    internal static WalcuClientDto Apply(WalcuClientDto before, IReadOnlyDictionary<string, string?> changes)
    {
        string? Get(string key, string? current) => changes.TryGetValue(key, out var v) ? Blank(v) : current;
        var contact = Contact(before) ?? new WalcuContactPersonDto();
        var name = contact.Name ?? new WalcuPersonNameDto();
        var edited = contact with
        {
            Name = name with { FirstName = Get(FirstName, name.FirstName), LastName = Get(LastName, name.LastName) },
            Emails = Replace(contact.Emails, changes.TryGetValue(Email, out var email) ? Blank(email) : null, changes.ContainsKey(Email)),
            Phones = Replace(contact.Phones, changes.TryGetValue(Phone, out var phone) ? Blank(phone) : null, changes.ContainsKey(Phone)),
        };
        var address = before.Address ?? new WalcuAddressDto();
        var newAddress = address with
        {
            StreetNumber = Get(StreetNumber, address.StreetNumber), Route = Get(Street, address.Route), Locality = Get(City, address.Locality),
            AreaLevel1 = Get(State, address.AreaLevel1), PostalCode = Get(PostalCode, address.PostalCode),
        };
        var result = before with { Address = before.Address is null && newAddress == address ? null : newAddress };
        if (before.PrimaryContact is not null || before.Contacts is not { Count: > 0 })
        {
            return result with { PrimaryContact = edited };
        }
        var contacts = before.Contacts.ToList();
        contacts[contacts.FindIndex(c => c is not null)] = edited;
        return result with { Contacts = contacts };
    }

    private static WalcuContactPersonDto? Contact(WalcuClientDto dto) => dto.PrimaryContact ?? dto.Contacts?.FirstOrDefault(c => c is not null);

    // The first element is the one the page shows and edits; the others stay.
    private static IReadOnlyList<string>? Replace(IReadOnlyList<string>? list, string? value, bool changed)
    {
        if (!changed)
        {
            return list;
        }
        var rest = (list ?? []).Skip(1);
        return (value is null ? rest : rest.Prepend(value)).ToList();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
