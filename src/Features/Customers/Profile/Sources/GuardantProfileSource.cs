using System.Globalization;
using Portal.Vendors;
using Portal.Vendors.Guardant;
using static Portal.Features.Customers.Profile.ProfileFields;

namespace Portal.Features.Customers.Profile.Sources;

/// <summary>Guardant: GET by id; writes are read-merge-PUT (the client re-reads and checks the starting point).</summary>
internal sealed class GuardantProfileSource : IProfileSource
{
    public VendorKind Vendor => VendorKind.Guardant;

    public string WriteMethod => "read, merge, PUT of the whole record";

    public IReadOnlyList<EditFieldSpec> EditableFields { get; } =
    [
        First, Last with { Required = false }, CompanyName, EmailAddress, PhoneNumber,
        new(Description, "Description", MaxLength: 500),
        new(Status, "Status (0 or 1)", EditFieldKind.Status, 1),
    ];

    public async Task<SourceSnapshot?> ReadAsync(IVendorClient client, string externalId, DateTimeOffset? lastModified, CancellationToken ct)
    {
        if (!long.TryParse(externalId, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || await ((IGuardantClient)client).GetCustomerAsync(id, ct) is not { } customer)
        {
            return null;
        }
        var values = new Dictionary<string, string?>
        {
            [FirstName] = customer.Name,
            [LastName] = customer.LastName,
            [Company] = customer.CompanyName,
            [Email] = customer.Email,
            [Phone] = customer.Phone,
            [Description] = customer.Description,
            [Status] = customer.Status.ToString(CultureInfo.InvariantCulture),
        };
        return new SourceSnapshot(GuardantMapper.ToCustomer(customer, client.Connection.Id), values, customer);
    }

    public async Task WriteAsync(IVendorClient client, SourceSnapshot startedFrom, IReadOnlyDictionary<string, string?> changes, CancellationToken ct)
    {
        var before = (GuardantCustomer)startedFrom.Raw;
        var write = new GuardantCustomerChanges
        {
            Name = changes.GetValueOrDefault(FirstName),
            LastName = changes.GetValueOrDefault(LastName),
            CompanyName = changes.GetValueOrDefault(Company),
            Email = changes.GetValueOrDefault(Email),
            Phone = changes.GetValueOrDefault(Phone),
            Description = changes.GetValueOrDefault(Description),
            Status = changes.GetValueOrDefault(Status) is { } s && int.TryParse(s, CultureInfo.InvariantCulture, out var status) ? status : null,
        };
        await ((IGuardantClient)client).UpdateCustomerAsync(before.Id, write, before, ct);
    }
}
