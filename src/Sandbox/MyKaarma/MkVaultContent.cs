using System.Globalization;
using Portal.Sandbox.People;

namespace Portal.Sandbox.MyKaarma;

/// <summary>What customers supplied: typed-in values (fileText) and documents (PDF specimens served at fileUrl).</summary>
internal sealed class MkVaultContent(SandboxPopulation population)
{
    private const int SaltInsurance = 0x4D4B_0020;
    private static readonly string[] Carriers = ["Allstate", "GEICO", "Progressive", "State Farm", "USAA", "Liberty Mutual"];

    public string Text(MyKaarmaDocumentType type, SandboxPerson person) => type.Type switch
    {
        "EMPLOYMENT_DETAILS" => Employment(person.Employment),
        "INSURANCE_POLICY_NUMBER" => Policy(person),
        "SOCIAL_SECURITY_NUMBER" => person.Ssn,
        _ => type.Name,
    };

    public (byte[] Content, string FileName) Document(MyKaarmaDocumentType type, SandboxPerson person)
    {
        var name = $"{person.FirstName} {person.LastName}";
        var a = person.Address;
        var address = $"{a.Line1}{(a.Line2 is null ? "" : ", " + a.Line2)}, {a.City}, {a.State} {a.PostalCode}";
        string[] lines = type.Type switch
        {
            "DRIVERS_LICENSE" => [$"Licence number: {person.Licence.Number} ({person.Licence.State})",
                $"Date of birth: {person.DateOfBirth:yyyy-MM-dd}", $"Expires: {person.Licence.Expiry:yyyy-MM-dd}", address],
            "PROOF_OF_INSURANCE" => [Policy(person), .. person.Vehicles.Select(v => $"Covered vehicle: {v.Year} {v.Make} {v.Model} VIN {v.Vin}")],
            "PROOF_OF_INCOME" => [Employment(person.Employment), "Pay period: last two pay stubs"],
            "PROOF_OF_RESIDENCE" => ["Utility statement", $"Service address: {address}"],
            _ => [$"Applicant: {name}", address, Employment(person.Employment), $"Phone: {person.PhoneE164}", $"Email: {person.Email}"],
        };
        var content = SandboxPdf.Create([$"{type.Name} - {name}", "SANDBOX SPECIMEN - NOT A REAL DOCUMENT", .. lines]);
        return (content, $"{type.Type.ToLowerInvariant()}-{person.LastName.ToLowerInvariant()}.pdf");
    }

    private static string Employment(SandboxEmployment e) => string.IsNullOrEmpty(e.EmployerName)
        ? $"{e.Title}; annual income {e.AnnualIncome.ToString("N0", CultureInfo.InvariantCulture)} USD"
        : $"{e.EmployerName}; {e.Title}; {e.MonthsEmployed} months; annual income {e.AnnualIncome.ToString("N0", CultureInfo.InvariantCulture)} USD";

    private string Policy(SandboxPerson person)
    {
        var rng = new SandboxRandom(population.Seed, SandboxVendor.MyKaarma, person.Index, SaltInsurance);
        return $"{rng.Pick(Carriers)} policy POL-{rng.Next(10_000_000, 100_000_000).ToString(CultureInfo.InvariantCulture)}";
    }
}
