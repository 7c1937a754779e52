using System.Text.Json.Nodes;
using Portal.Sandbox.People;
using static Portal.Sandbox.Walcu.Generation.WalcuDocParts;

namespace Portal.Sandbox.Walcu.Generation;

/// <summary>A person as a Walcu client (and its primary contact as a contact record), from the Walcu view.</summary>
internal static class WalcuClientDocs
{
    public static JsonObject Client(WalcuPlan plan)
    {
        var rng = plan.Random(WalcuOrdinals.Client);
        var staff = Staff(plan, ref rng);
        var client = new JsonObject
        {
            ["address"] = Address(plan, ref rng),
            ["contacts"] = new JsonArray(ContactPerson(plan)),
            ["primary_contact"] = ContactPerson(plan),
            ["business_details"] = plan.IsBusiness ? Business(plan) : null,
            ["created_by"] = staff,
            ["pinned_note_id"] = null,
            ["bulk_import_ids"] = new JsonArray(),
            ["lead_import_ids"] = new JsonArray(),
            ["foreign_ids"] = Strings([.. plan.ForeignIds]),
            ["custom"] = null,
            ["computed"] = Computed(plan),
        };
        WalcuClientContacts.Refresh(client);
        return Common(client, plan.ClientId, plan.Created, plan.Modified, plan.SavedVersions, staff);
    }

    public static JsonObject Contact(WalcuPlan plan)
    {
        var contact = ContactPerson(plan);
        contact["client_id"] = plan.ClientId;
        contact["bulk_import_ids"] = new JsonArray();
        contact["lead_import_ids"] = new JsonArray();
        contact["computed"] = new JsonObject { ["gdpr"] = new JsonArray(), ["_id"] = plan.Id(WalcuOrdinals.PrimaryContact + 1) };
        var rng = plan.Random(WalcuOrdinals.PrimaryContact);
        return Common(contact, plan.ContactId, plan.Created, plan.Modified, 0, Staff(plan, ref rng));
    }

    /// <summary>Whether a search can find the client, decided without building it (the same words as <see cref="WalcuSearch.Matches(JsonObject, WalcuCollection)"/> reads).</summary>
    public static bool Matches(WalcuSearch search, WalcuPlan plan) => search.Matches(
        [FullName(plan.View), plan.View.Email, plan.IsBusiness ? plan.Person.Company : null, plan.ClientId, .. plan.ForeignIds],
        [plan.View.Phone]);

    private static JsonObject ContactPerson(WalcuPlan plan) => new()
    {
        ["_id"] = plan.ContactId,
        ["name"] = new JsonObject
        {
            ["first_name"] = plan.View.FirstName,
            ["last_name"] = plan.View.LastName,
            ["gender"] = null,
            ["salutation"] = null,
            ["title"] = null,
            ["raw_name"] = FullName(plan.View),
            ["parsed"] = true,
            ["_id"] = plan.Id(2),
        },
        ["phones"] = Strings(plan.View.Phone),
        ["emails"] = Strings(plan.View.Email),
        ["government_id"] = plan.GovernmentId,
        ["custom"] = null,
    };

    private static JsonObject? Address(WalcuPlan plan, ref SandboxRandom rng)
    {
        if (plan.View.Address is not { } a)
        {
            return null;
        }
        var space = a.Line1.IndexOf(' ');
        var numbered = space > 0 && char.IsAsciiDigit(a.Line1[0]);
        return new JsonObject
        {
            ["coordinates"] = new JsonObject
            {
                ["lat"] = Math.Round(25 + rng.NextDouble() * 23, 6),
                ["lng"] = Math.Round(-123 + rng.NextDouble() * 53, 6),
                ["_id"] = plan.Id(4),
            },
            ["country"] = a.Country,
            ["area_level_1"] = a.State,
            ["postal_code"] = a.PostalCode,
            ["locality"] = a.City,
            ["route"] = numbered ? a.Line1[(space + 1)..] : a.Line1,
            ["street_number"] = numbered ? a.Line1[..space] : null,
            ["address_details"] = a.Line2,
            ["_id"] = plan.Id(3),
        };
    }

    private static JsonObject Business(WalcuPlan plan) => new()
    {
        ["name"] = plan.Person.Company,
        ["phones"] = Strings(plan.Person.Employment.EmployerPhone),
        ["emails"] = new JsonArray(),
        ["is_business"] = true,
        ["_id"] = plan.Id(5),
    };

    private static JsonObject Computed(WalcuPlan plan) => new()
    {
        ["client_number_of_sale_leads"] = plan.SaleLeads,
        ["client_number_of_aftersale_leads"] = plan.AfterSaleLeads,
        ["client_number_of_appraisal_leads"] = 0,
        ["client_number_of_leads"] = plan.SaleLeads + plan.AfterSaleLeads,
        ["number_of_offers"] = plan.Count(WalcuCollection.Offers),
        ["primary_contact_gdpr"] = new JsonArray(),
        ["_id"] = plan.Id(6),
    };

    private static string FullName(SandboxVendorView view) => $"{view.FirstName} {view.LastName}";
}
