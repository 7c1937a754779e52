using System.Text.Json.Nodes;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Drivly;

/// <summary>
/// Renders person i as Drivly's customer document (id = i + 1): every field of the document's version object,
/// plus Payload's id, createdAt and updatedAt. Relationships hold ids of collections we do not emulate.
/// </summary>
internal static class DrivlyDocFactory
{
    private const int SaltDoc = 0x4402;

    /// <summary>Statuses along a customer's way to a sale (SOLD is the document's example).</summary>
    public static readonly string[] Statuses = ["LEAD", "PROSPECT", "APPLICATION", "APPROVED", "SOLD", "LOST"];

    private static readonly string[] LeadSources = ["Website", "Car Concierge (Andrew)", "Referral", "Walk-in", "Marketplace", "Trade-in tool"];
    private static readonly string[] Steps = ["NOT_STARTED", "IN_PROGRESS", "COMPLETED"];
    private static readonly string[] PhoneTypes = ["MOBILE", "MOBILE", "MOBILE", "HOME", "WORK"];

    public static JsonObject? Customer(SandboxPopulation population, int index)
    {
        if (index < 0 || index >= population.Size || !population.Holds(index, SandboxVendor.Drivly))
        {
            return null;
        }
        var person = population.Person(index);
        if (population.View(person, SandboxVendor.Drivly) is not { } view)
        {
            return null;
        }
        var rng = DrivlySandbox.Random(population.Seed, index, SaltDoc);
        var times = DrivlyTimes.VersionTimes(population, index);
        var stage = rng.Next(Statuses.Length);
        var doc = new JsonObject
        {
            ["id"] = SandboxIds.Number(index),
            ["customerId"] = SandboxIds.Key(population.Seed, SandboxVendor.Drivly, index),
            ["leads"] = Ids(DrivlyRelation.Lead, index, rng.Next(1, 4)),
            ["address"] = DrivlySandbox.RelatedId(DrivlyRelation.Address, index, 0),
            ["shippingContact"] = rng.Chance(0.1) ? DrivlySandbox.RelatedId(DrivlyRelation.Address, index, 1) : null,
            ["deals"] = Ids(DrivlyRelation.Deal, index, stage == 4 ? 1 : 0),
            ["createdBy"] = rng.Next(1, 41),
            ["lastModifiedBy"] = rng.Next(1, 41),
            ["email"] = view.Email,
            ["phone"] = view.Phone,
            ["insurancePolicies"] = Ids(DrivlyRelation.InsurancePolicy, index, stage == 4 && rng.Chance(0.7) ? 1 : 0),
            ["tenants"] = new JsonArray(DrivlySandbox.TenantId),
            ["consumerStatus"] = Statuses[stage],
            ["consumerFirstName"] = view.FirstName,
            ["consumerMiddleName"] = person.MiddleName,
            ["consumerLastName"] = view.LastName,
            ["consumerSuffix"] = person.Suffix,
            ["consumerVehicles"] = Ids(DrivlyRelation.Vehicle, index, Math.Min(person.Vehicles.Count, 4)),
            ["consumerPhoneType"] = view.Phone is null ? null : rng.Pick(PhoneTypes),
            ["consumerPreApprovals"] = Ids(DrivlyRelation.PreApproval, index, stage is 3 or 4 ? 1 : 0),
            ["consumerGetPreApproved"] = Step(stage, 2),
            ["consumerProvideProofOfInsurance"] = Step(stage, 3),
            ["consumerLoginToBank"] = Step(stage, 2),
            ["consumerConnectCar"] = rng.Pick(Steps),
            ["consumerProvideProofOfIncome"] = Step(stage, 3),
            ["consumerConsumerId"] = SandboxIds.Key(population.Seed, SandboxVendor.Drivly, index, 1),
            ["consumerCreditApplicationId"] = stage is >= 2 and <= 4 ? SandboxIds.Key(population.Seed, SandboxVendor.Drivly, index, 2) : null,
            ["deals2"] = new JsonArray(),  // filled below for legacy records
            ["consumerLeadSource"] = new JsonArray(rng.Pick(LeadSources)),
        };
        var legacy = times[0].Year < 2024;
        DrivlyConsumerFields.Add(doc, person, ref rng, legacy);
        if (legacy)
        {
            doc["deals2"] = doc["deals"]?.DeepClone(); // the old form wrote deals twice
        }
        DrivlyCompanyFields.Add(doc, person.Company, population.Seed, index);
        doc["createdAt"] = DrivlySandbox.Iso(times[0]);
        doc["updatedAt"] = DrivlySandbox.Iso(times[^1]);
        return doc;
    }

    /// <summary>The customer's address document, shown in place of its id at depth 1 or more (our assumed shape).</summary>
    public static JsonObject? Address(SandboxPopulation population, int index)
    {
        if (population.View(index, SandboxVendor.Drivly) is not { Address: { } a })
        {
            return null;
        }
        return new JsonObject
        {
            ["id"] = DrivlySandbox.RelatedId(DrivlyRelation.Address, index, 0),
            ["line1"] = a.Line1,
            ["line2"] = a.Line2,
            ["city"] = a.City,
            ["state"] = a.State,
            ["zip"] = a.PostalCode,
            ["country"] = a.Country,
        };
    }

    // The finance steps of the checkout: done once the customer got past the stage that needs them.
    private static string Step(int stage, int neededBy) => stage == 5 ? Steps[0] : stage > neededBy ? Steps[2] : stage == neededBy ? Steps[1] : Steps[0];

    private static JsonArray Ids(DrivlyRelation kind, int index, int count)
    {
        var ids = new JsonArray();
        for (var k = 0; k < count; k++)
        {
            ids.Add(DrivlySandbox.RelatedId(kind, index, k));
        }
        return ids;
    }
}
