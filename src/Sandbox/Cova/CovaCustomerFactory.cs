using System.Globalization;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Cova;

/// <summary>
/// Renders the Cova record of every person Cova holds from (seed, index). About one in 17 also has an older duplicate
/// record that was merged into it: the duplicate (Disabled, MergedIntoCustomerId set, listed just before its survivor
/// at the same timestamp) and the survivor's MergedCustomers naming it.
/// </summary>
internal sealed class CovaCustomerFactory(SandboxPopulation population)
{
    private const SandboxVendor Vendor = SandboxVendor.Cova;
    private const int DuplicateOrdinal = 50;
    private const int SaltDuplicate = 0x434F_0001;
    private const int SaltRecord = 0x434F_0002;
    private static readonly string?[] Referrals = ["Walk-in", "Website", "Referral", "Social media", null, null];
    private static readonly string[] Notes = ["Prefers e-mail contact.", "Ask for the loyalty card.", "Spanish speaker."];

    public bool HasDuplicate(int index) => new SandboxRandom(population.Seed, Vendor, index, SaltDuplicate).Chance(0.06);

    public Guid Id(CovaKey key) => SandboxIds.Guid(population.Seed, Vendor, key.Index, key.Duplicate ? DuplicateOrdinal : 0);

    /// <summary>The key of a customer id this emulator issued, or null.</summary>
    public CovaKey? KeyOf(Guid id) =>
        SandboxIds.TryParseGuid(population.Seed, Vendor, id, out var index, out var ordinal) && index < population.Size
        && population.Holds(index, Vendor) && (ordinal == 0 || (ordinal == DuplicateOrdinal && HasDuplicate(index)))
            ? new CovaKey(index, ordinal == DuplicateOrdinal)
            : null;

    public CovaWireCustomer Create(CovaKey key)
    {
        var person = population.Person(key.Index);
        var view = population.View(person, Vendor);
        var rng = new SandboxRandom(population.Seed, Vendor, key.Index, SaltRecord + (key.Duplicate ? 1 : 0));
        var id = Id(key);
        var modified = population.ModifiedAt(key.Index, Vendor);
        // The duplicate is an older sign-up: short first name, no e-mail, the phone typed differently, the old address.
        var first = key.Duplicate ? person.Nickname ?? person.FirstName : view?.FirstName ?? person.FirstName;
        var email = key.Duplicate ? null : view?.Email;
        var phone = key.Duplicate ? SandboxPhoneFormats.Format(person.PhoneE164, SandboxPhoneFormat.Dashed) : view?.Phone;
        var address = key.Duplicate ? person.PreviousAddress ?? person.Address : view?.Address ?? person.Address;
        var child = key.Duplicate ? DuplicateOrdinal : 0;
        return new CovaWireCustomer(
            Addresses: Addresses(ref rng, key, id, person, address, phone, email),
            ContactMethods: Contacts(ref rng, key, id, email, phone),
            CustomerExtensions: rng.Chance(0.6)
                ? [new($"LOY-{rng.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture)}", ChildId(key, child + 5), id, 1, "Loyalty Number", "Loyalty", 1)]
                : [],
            RelatedCustomers: [],
            MemberOf: [],
            Documents: [],
            MergedCustomers: !key.Duplicate && HasDuplicate(key.Index) ? [new CovaWireMerged(Id(key with { Duplicate = true }), modified)] : [],
            PrimaryName: first,
            Title: rng.Chance(0.03) ? "Dr." : null,
            AlternateName: key.Duplicate || person.Nickname is null || person.Nickname == first ? null : person.Nickname,
            MiddleName: person.MiddleName,
            FamilyName: key.Duplicate ? person.MaidenName ?? person.LastName : view?.LastName ?? person.LastName,
            ReferralSource: rng.Pick(Referrals),
            Notes: rng.Chance(0.05) ? rng.Pick(Notes) : null,
            UniqueIdentifier: SandboxIds.Key(population.Seed, Vendor, key.Index, child),
            Id: id,
            CustomerTypeId: person.Company is null ? 1 : 2,
            CustomerType: person.Company is null ? "Retail" : "Business",
            DateOfBirth: new DateTimeOffset(person.DateOfBirth.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            PricingGroupId: null,
            Disabled: key.Duplicate || rng.Chance(0.03),
            DoNotContact: rng.Chance(0.06),
            Version: key.Duplicate ? 2 + rng.Next(4) : 1 + rng.Next(30),
            MergedIntoCustomerId: key.Duplicate ? Id(key with { Duplicate = false }) : null,
            LastModifiedDateUtc: modified);
    }

    private List<CovaWireContactMethod> Contacts(ref SandboxRandom rng, CovaKey key, Guid id, string? email, string? phone)
    {
        var child = key.Duplicate ? DuplicateOrdinal : 0;
        var contacts = new List<CovaWireContactMethod>();
        if (email is not null)
        {
            contacts.Add(new(email, ChildId(key, child + 3), id, 1, "Email", 1, "Personal", false, true,
                rng.Chance(0.05) ? "Work address; personal one unknown." : null, 1 + rng.Next(3)));
        }
        if (phone is not null)
        {
            var mobile = rng.Chance(0.8);
            contacts.Add(new(phone, ChildId(key, child + 4), id, 2, "Phone", mobile ? 2 : 3, mobile ? "Mobile" : "Home", false, true, null, 1 + rng.Next(3)));
        }
        return contacts;
    }

    /// <summary>The home address (with the extras some records fill in), sometimes the previous one too.</summary>
    private List<CovaWireAddress> Addresses(
        ref SandboxRandom rng, CovaKey key, Guid id, SandboxPerson person, SandboxAddress home, string? phone, string? email)
    {
        var child = key.Duplicate ? DuplicateOrdinal : 0;
        var extras = new AddressExtras(rng.Chance(0.03) ? $"PO Box {rng.Next(100, 10_000)}" : null,
            rng.Chance(0.03) ? "Leave deliveries at the side door." : null, person.Company,
            rng.Chance(0.2) ? phone : null, rng.Chance(0.2) ? email : null);
        var addresses = new List<CovaWireAddress> { Address(child + 1, id, key, home, 1, "Home", true, rng.Next(1, 4), extras) };
        if (!key.Duplicate && person.PreviousAddress is { } previous && rng.Chance(0.3))
        {
            addresses.Add(Address(child + 2, id, key, previous, 3, "Previous", false, 1, AddressExtras.None));
        }
        return addresses;
    }

    private Guid ChildId(CovaKey key, int ordinal) => SandboxIds.Guid(population.Seed, Vendor, key.Index, ordinal);

    private CovaWireAddress Address(
        int ordinal, Guid customer, CovaKey key, SandboxAddress a, int typeId, string type, bool isDefault, long version, AddressExtras extras) =>
        new(a.Line1, a.Line2, a.City, UsStates.Name(a.State), "United States",
            int.TryParse(a.PostalCode.Split('-')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var zip) ? zip : null,
            ChildId(key, ordinal), customer, typeId, type, isDefault, false, "US", "United States", a.City, a.State, UsStates.Name(a.State),
            a.PostalCode, extras.PoBox, a.Line1, extras.Notes, a.Line2, version, extras.AttentionTo, extras.Phone, extras.Email);

    /// <summary>The optional parts of an address that some records fill in.</summary>
    private sealed record AddressExtras(string? PoBox, string? Notes, string? AttentionTo, string? Phone, string? Email)
    {
        public static AddressExtras None { get; } = new(null, null, null, null, null);
    }
}
