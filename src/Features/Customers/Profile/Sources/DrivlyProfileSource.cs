using Portal.Vendors;
using Portal.Vendors.Drivly;
using static Portal.Features.Customers.Profile.ProfileFields;

namespace Portal.Features.Customers.Profile.Sources;

/// <summary>Drivly: GET by id; writes PATCH only the changed contact fields (the client checks the starting point).</summary>
internal sealed class DrivlyProfileSource : IProfileSource
{
    public VendorKind Vendor => VendorKind.Drivly;

    public string WriteMethod => "PATCH of the changed contact fields";

    public IReadOnlyList<EditFieldSpec> EditableFields { get; } = [First, Middle, Last, EmailAddress, PhoneNumber];

    public async Task<SourceSnapshot?> ReadAsync(IVendorClient client, string externalId, DateTimeOffset? lastModified, CancellationToken ct)
    {
        if (await ((IDrivlyClient)client).GetCustomerAsync(externalId, ct) is not { } customer)
        {
            return null;
        }
        var values = new Dictionary<string, string?>
        {
            [FirstName] = customer.ConsumerFirstName,
            [MiddleName] = customer.ConsumerMiddleName,
            [LastName] = customer.ConsumerLastName,
            [Email] = customer.Email,
            [Phone] = customer.Phone,
        };
        return new SourceSnapshot(DrivlyMapper.ToCustomer(customer, client.Connection.Id), values, customer);
    }

    public async Task WriteAsync(IVendorClient client, SourceSnapshot startedFrom, IReadOnlyDictionary<string, string?> changes, CancellationToken ct)
    {
        var before = (DrivlyCustomer)startedFrom.Raw;
        var write = new DrivlyContactChanges
        {
            FirstName = changes.GetValueOrDefault(FirstName),
            MiddleName = changes.GetValueOrDefault(MiddleName),
            LastName = changes.GetValueOrDefault(LastName),
            Email = changes.GetValueOrDefault(Email),
            Phone = changes.GetValueOrDefault(Phone),
        };
        await ((IDrivlyClient)client).UpdateContactAsync(before.Id ?? startedFrom.Record.Source.ExternalId, write, before, ct);
    }
}
