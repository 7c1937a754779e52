using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Drivly;

/// <summary>
/// The consumer's credit-application fields of a generated customer (highly sensitive: SSN, licence, birth date,
/// income, employment, previous address), all fake: SSNs are in the never-issued 9xx area.
/// </summary>
internal static class DrivlyConsumerFields
{
    private static readonly string[] Education = ["HIGH_SCHOOL", "SOME_COLLEGE", "ASSOCIATE", "BACHELOR", "MASTER", "DOCTORATE"];
    private static readonly string[] Residence = ["OWN", "RENT", "RENT", "FAMILY", "OTHER"];
    private static readonly string[] PreviousEmployers = ["Lakeside Logistics", "Summit Dental Group", "Harbor Freight Lines", "Maple Street Bakery", "Tri-County Schools"];
    private static readonly string[] PreviousTitles = ["Driver", "Receptionist", "Cashier", "Technician", "Teacher's aide", "Sales associate"];
    private static readonly (string Description, int Amount)[] OtherIncome = [("Rental income", 900), ("Part-time work", 1_200), ("Child support", 650)];

    public static void Add(JsonObject doc, SandboxPerson person, ref SandboxRandom rng, bool legacy)
    {
        var licence = person.Licence;
        var job = person.Employment;
        doc["consumerDateOfBirth"] = Date(person.DateOfBirth);
        doc["consumerEducationLevel"] = rng.Pick(Education);
        // Older records were written by a form that filled the legacy spellings of the licence fields too.
        doc["consumerDriversLicense"] = legacy ? licence.Number : null;
        doc["consumerDriversLicenseState"] = licence.State;
        doc["consumerDriversLicenseNumber"] = licence.Number;
        doc["consumerDriversLicenseExp"] = legacy ? licence.Expiry.ToString("MM/yy", CultureInfo.InvariantCulture) : null;
        doc["consumerDriversLicenseExpiration"] = Date(licence.Expiry);
        doc["consumerDriversLicenceState"] = legacy ? licence.State : null;
        doc["consumerSocialSecurity"] = person.Ssn;
        var monthly = rng.Chance(0.2);
        doc["consumerIncome"] = monthly ? Math.Round(job.AnnualIncome / 12m) : job.AnnualIncome;
        doc["consumerIncomeInterval"] = monthly ? "MONTHLY" : "YEARLY";
        doc["consumerEmploymentStatusCode"] = job.StatusCode;
        doc["consumerEmploymentDuration"] = job.MonthsEmployed;
        doc["consumerEmployerName"] = Blank(job.EmployerName);
        doc["consumerEmployerPhone"] = Blank(job.EmployerPhone);
        doc["consumerEmploymentTitle"] = Blank(job.Title);
        var changedJob = job.MonthsEmployed < 24 && job.EmployerName.Length > 0;
        doc["consumerPreviousEmployerName"] = changedJob ? rng.Pick(PreviousEmployers) : null;
        doc["consumerPreviousEmployerPhone"] = changedJob ? Blank(job.EmployerPhone) is { } p ? p[..^2] + rng.Next(10, 99).ToString(CultureInfo.InvariantCulture) : null : null;
        doc["consumerPreviousEmploymentTitle"] = changedJob ? rng.Pick(PreviousTitles) : null;
        doc["consumerPreviousEmploymentDuration"] = changedJob ? rng.Next(6, 120) : null;
        doc["consumerPreviousEmploymentincome"] = changedJob ? Math.Round(job.AnnualIncome * (decimal)(0.6 + (rng.NextDouble() * 0.4)), 0) : null;
        AddResidence(doc, person, ref rng);
        var other = rng.Chance(0.15) ? rng.Pick(OtherIncome) : default;
        doc["consumerOtherIncomeDescription"] = other.Description;
        doc["consumerOtherIncomeAmount"] = other.Description is null ? null : other.Amount;
    }

    private static void AddResidence(JsonObject doc, SandboxPerson person, ref SandboxRandom rng)
    {
        var moved = person.PreviousAddress;
        doc["consumerTimeAtResidence"] = moved is null ? rng.Next(24, 360) : rng.Next(2, 36);
        doc["consumerPreviousAddressLine1"] = moved?.Line1;
        doc["consumerPreviousAddressLine2"] = moved?.Line2;
        doc["consumerPreviousAddressCity"] = moved?.City;
        doc["consumerPreviousAddressState"] = moved?.State;
        doc["consumerPreviousZip"] = moved?.PostalCode;
        doc["consumerPreviousAddressDuration"] = moved is null ? null : rng.Next(12, 180);
        var residence = rng.Pick(Residence);
        doc["consumerResidenceType"] = residence;
        doc["consumerRentMortgage"] = residence is "OWN" or "RENT" ? rng.Next(6, 36) * 100 : 0;
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
