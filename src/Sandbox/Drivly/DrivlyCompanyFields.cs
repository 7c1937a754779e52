using System.Globalization;
using System.Text.Json.Nodes;
using Portal.Sandbox.People;

namespace Portal.Sandbox.Drivly;

/// <summary>The company* fields: filled for customers who buy for a business (fleet accounts), empty otherwise.</summary>
internal static class DrivlyCompanyFields
{
    private static readonly string[] Arrays =
    [
        "companyDealerDeals", "companyDealsFacilitated", "companyInsuranceQuotes", "companyServiceQuotes", "companyServiceQuotesPartners",
        "companyTrades", "companyDeals3", "companyTransportServiceOrders",
    ];

    private static readonly string[] Text =
    [
        "companyWebsite", "companyStripeConnectLink", "companyCustomerPortalLink", "companyServiceOrders", "companyVisibility", "companyRouteOneDealer",
    ];

    public static void Add(JsonObject doc, string? company, int seed, int index)
    {
        doc["companyName"] = company;
        foreach (var name in Arrays)
        {
            doc[name] = new JsonArray();
        }
        foreach (var name in Text)
        {
            doc[name] = null;
        }
        doc["companyType"] = new JsonArray();
        doc["companyTenants2"] = new JsonArray();
        doc["companyCustomer"] = new JsonArray();
        doc["companyTenants3"] = new JsonArray();
        doc["companyPartnerBrand"] = null;
        if (company is null)
        {
            return;
        }
        var key = SandboxIds.Key(seed, SandboxVendor.Drivly, index, 3);
        var slug = new string(company.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        doc["companyType"] = new JsonArray("Fleet");
        doc["companyWebsite"] = $"https://www.{slug}.example";
        doc["companyStripeConnectLink"] = $"https://connect.stripe.example/express/{key}";
        doc["companyCustomerPortalLink"] = $"https://portal.driv.example/c/{key}";
        doc["companyServiceOrders"] = "SO-" + key[4..];
        doc["companyVisibility"] = "PRIVATE";
        doc["companyRouteOneDealer"] = "RO" + (index % 100_000).ToString("D5", CultureInfo.InvariantCulture);
        doc["companyTenants2"] = new JsonArray(DrivlySandbox.TenantId);
        doc["companyCustomer"] = new JsonArray(SandboxIds.Number(index));
        doc["companyTenants3"] = new JsonArray(DrivlySandbox.TenantId);
        doc["companyPartnerBrand"] = DrivlySandbox.RelatedId(DrivlyRelation.Company, index, 0);
        // A fleet account has been through every kind of business the collection links to, once.
        foreach (var name in Arrays)
        {
            doc[name] = new JsonArray(DrivlySandbox.RelatedId(DrivlyRelation.Company, index, 1));
        }
    }
}
