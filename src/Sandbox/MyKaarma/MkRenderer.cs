using System.Globalization;
using Portal.Sandbox.People;

namespace Portal.Sandbox.MyKaarma;

/// <summary>Renders a request as getCustomerProfileData's customerProfileDataRequestDTO, from the person it concerns.</summary>
internal sealed class MkRenderer(SandboxPopulation population, MkIds ids, MkVaultContent content)
{
    private const SandboxVendor Vendor = SandboxVendor.MyKaarma;
    private const int SaltContact = 0x4D4B_0010;

    public static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The request as customerProfileDataRequestDTO; <paramref name="fileBase"/> is the absolute URL vault file ids are appended to.</summary>
    public MkWireProfile Profile(MkRequest request, string fileBase)
    {
        var person = population.Person(request.PersonIndex);
        var vehicles = person.Vehicles.Select((v, k) => Vehicle(person.Index, v, k, k == request.VehicleOrdinal)).ToList();
        var attributes = new Dictionary<string, string>
        {
            ["requestedByUserUuid"] = request.RequestedBy.UserUuid,
            ["requestedByName"] = request.RequestedBy.Name,
            ["requestedAtDateTime"] = Instant(request.CreatedAt),
        };
        return new MkWireProfile(Customer(person, vehicles), new MkWireDealer(MyKaarmaSandbox.DealerName, MyKaarmaSandbox.DealerUuid),
            request.VehicleOrdinal is { } v && v < vehicles.Count ? vehicles[v] : null, ids.Request(request.Index),
            request.Items.Select(i => Item(request, person, i, fileBase)).ToList(), MyKaarmaSandbox.DepartmentUuid, attributes);
    }

    public MkWireItem Item(MkRequest request, SandboxPerson person, MkItem item, string fileBase)
    {
        var type = item.Type;
        var dataUuid = ids.VaultData(request.Index, item.Ordinal);
        var meta = item.Supplied
            ? new MkWireItemMetaData(type.DealerSupportedItemUuid, type.IsFile ? null : content.Text(type, person),
                type.IsFile ? fileBase + dataUuid : null)
            : null;
        var approvers = item.ApprovalNeeded
            ? type.Approvers.Select(a => new MkWireApprover(900_000 + type.Number * 10 + a.Number, a.UserUuid, MyKaarmaSandbox.DepartmentUuid,
                type.DealerSupportedItemUuid, type.IsValidApprover(a))).ToList()
            : [];
        return new MkWireItem(ids.Item(request.Index, item.Ordinal), type.Type, type.Name, type.Action, type.Description, item.Required,
            item.ApprovalNeeded, true, type.VaultSupportedDataUuid, approvers, meta, item.Status, item.Supplied ? dataUuid : null,
            item.Reviews.Select(r => new MkWireReview(r.Status, r.ReviewerUserUuid, r.ReviewerName, r.Reason, Instant(r.At))).ToList(),
            type.BackPage);
    }

    private MkWireCustomer Customer(SandboxPerson person, IReadOnlyList<MkWireVehicle> vehicles)
    {
        var view = population.View(person, Vendor);
        var rng = new SandboxRandom(population.Seed, Vendor, person.Index, SaltContact);
        var emailPreferred = rng.Chance(0.5);
        var number = ids.CustomerNumber(person.Index);
        var communications = new List<MkWireCommunication>();
        if ((view is null ? person.Email : view.Email) is { } email)
        {
            communications.Add(new(email, "EMAIL", "personal", emailPreferred, number * 10 + 1));
        }
        if ((view is null ? person.PhoneE164 : view.Phone) is { } phone)
        {
            communications.Add(new(phone, "PHONE", rng.Chance(0.8) ? "mobile" : "home", !emailPreferred, number * 10 + 2));
        }
        var relation = population.RelationOf(person.Index);
        var secondary = relation.Kind == SandboxRelationKind.Household && relation.RelatedIndex >= 0
            ? [CoBuyer(relation.RelatedIndex)]
            : Array.Empty<MkWireSecondaryCustomer>();
        return new MkWireCustomer(number, view?.FirstName ?? person.FirstName, view?.LastName ?? person.LastName, ids.CustomerKey(person.Index),
            ids.Customer(person.Index), person.Company, MyKaarmaSandbox.DealerId, communications, vehicles, secondary);
    }

    /// <summary>The household member who bought with them (a real person of the population).</summary>
    private MkWireSecondaryCustomer CoBuyer(int index)
    {
        var other = population.Person(index);
        return new(other.FirstName, other.LastName, ids.CustomerKey(index), ids.Customer(index), ids.CustomerNumber(index));
    }

    private MkWireVehicle Vehicle(int personIndex, SandboxVehicle v, int ordinal, bool requested)
    {
        var rng = new SandboxRandom(population.Seed, Vendor, personIndex, SaltContact + 1 + ordinal);
        var image = $"https://images.example.com/vehicles/{v.Year}/{v.Make}-{v.Model}.jpg".ToLowerInvariant().Replace(' ', '-');
        return new MkWireVehicle(v.Model, v.Year.ToString(CultureInfo.InvariantCulture), v.Make, v.Engine, v.BodyStyle, v.Trim, v.Vin,
            ids.CustomerNumber(personIndex) * 100 + ordinal, requested || rng.Chance(0.9), ids.Vehicle(personIndex, ordinal),
            ids.VehicleKey(personIndex, ordinal), image);
    }
}
