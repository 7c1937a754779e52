using Portal.Sandbox.People;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.TestSupport;

/// <summary>
/// Customer records built straight from the sandbox population (no emulator, no vendor client), for filling the
/// customer index in tests and benchmarks before sync exists. Ids follow each vendor's sandbox id scheme.
/// </summary>
public static class PopulationRecords
{
    public static IEnumerable<CustomerRecord> Of(SandboxPopulation population, int index, int connectionIdBase = 1)
    {
        var person = population.Person(index);
        foreach (var vendor in population.VendorsOf(index))
        {
            if (population.View(person, vendor) is { } view)
            {
                yield return Record(population.Seed, person, view, connectionIdBase + (int)vendor);
            }
        }
    }

    public static CustomerRecord Record(int seed, SandboxPerson person, SandboxVendorView view, int connectionId)
    {
        var kind = Enum.Parse<VendorKind>(view.Vendor.ToString());
        var id = view.Vendor switch
        {
            SandboxVendor.Walcu => SandboxIds.ObjectId(seed, view.Vendor, person.Index),
            SandboxVendor.Guardant or SandboxVendor.Drivly => (person.Index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => SandboxIds.Guid(seed, view.Vendor, person.Index).ToString(),
        };
        return new CustomerRecord(new SourceRef(kind, connectionId, id))
        {
            FirstName = view.FirstName,
            LastName = view.LastName,
            CompanyName = person.Company,
            Emails = ContactNormalizer.Email(view.Email) is { } email ? [email] : [],
            Phones = ContactNormalizer.Phone(view.Phone) is { } phone ? [phone] : [],
            Address = view.Address is { } a ? new PostalAddress(a.Line1, a.Line2, a.City, a.State, a.PostalCode, a.Country) : null,
            Vehicles = view.Vendor is SandboxVendor.MyKaarma or SandboxVendor.Cova
                ? []
                : person.Vehicles.Select(v => new VehicleRecord(v.Vin, v.Year, v.Make, v.Model, v.Trim)).ToList(),
            LastModifiedUtc = view.ModifiedAt,
        };
    }
}
