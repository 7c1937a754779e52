using System.Text.Json;
using System.Text.Json.Nodes;

namespace Portal.Sandbox.Drivly;

/// <summary>What kind of value a customer field holds, as the document's example shows it.</summary>
internal enum DrivlyFieldKind { Text, Number, Relation, Relations, TextList, Timestamp }

/// <summary>The customers collection's fields (the document's version object, plus Payload's id and timestamps).</summary>
internal static class DrivlySchema
{
    private const string Relations =
        "leads deals insurancePolicies tenants consumerVehicles consumerPreApprovals deals2 companyDealerDeals companyDealsFacilitated "
        + "companyInsuranceQuotes companyServiceQuotes companyServiceQuotesPartners companyTenants2 companyCustomer companyTrades "
        + "companyTenants3 companyDeals3 companyTransportServiceOrders";

    private const string Numbers =
        "consumerIncome consumerEmploymentDuration consumerPreviousEmploymentDuration consumerPreviousEmploymentincome consumerTimeAtResidence "
        + "consumerPreviousAddressDuration consumerRentMortgage consumerOtherIncomeAmount";

    private const string Texts =
        "customerId email phone consumerStatus consumerFirstName consumerMiddleName consumerLastName consumerSuffix consumerDateOfBirth "
        + "consumerEducationLevel consumerPhoneType consumerDriversLicense consumerDriversLicenseState consumerDriversLicenseNumber "
        + "consumerDriversLicenseExp consumerDriversLicenseExpiration consumerGetPreApproved consumerProvideProofOfInsurance consumerLoginToBank "
        + "consumerConnectCar consumerProvideProofOfIncome consumerConsumerId consumerCreditApplicationId consumerSocialSecurity "
        + "consumerDriversLicenceState consumerIncomeInterval consumerEmploymentStatusCode consumerEmployerName consumerEmployerPhone "
        + "consumerEmploymentTitle consumerPreviousEmployerName consumerPreviousEmployerPhone consumerPreviousEmploymentTitle "
        + "consumerPreviousAddressLine1 consumerPreviousAddressLine2 consumerPreviousAddressCity consumerPreviousAddressState consumerPreviousZip "
        + "consumerResidenceType consumerOtherIncomeDescription companyName companyWebsite companyStripeConnectLink companyCustomerPortalLink "
        + "companyServiceOrders companyVisibility companyRouteOneDealer";

    public static IReadOnlyDictionary<string, DrivlyFieldKind> Fields { get; } = Build();

    /// <summary>Fields a PATCH may not set: Payload manages them.</summary>
    public static bool IsManaged(string field) => field is "id" or "createdAt" or "updatedAt";

    /// <summary>Null when <paramref name="value"/> fits the field; otherwise why not (a Payload validation message).</summary>
    public static string? Check(string field, JsonNode? value)
    {
        if (value is null)
        {
            return null;
        }
        var kind = value.GetValueKind();
        var ok = Fields[field] switch
        {
            DrivlyFieldKind.Text or DrivlyFieldKind.Timestamp => kind == JsonValueKind.String,
            DrivlyFieldKind.Number or DrivlyFieldKind.Relation => kind == JsonValueKind.Number,
            DrivlyFieldKind.Relations => value is JsonArray ids && ids.All(i => i?.GetValueKind() == JsonValueKind.Number),
            _ => value is JsonArray texts && texts.All(t => t?.GetValueKind() == JsonValueKind.String),
        };
        if (!ok)
        {
            return "This field has an invalid value.";
        }
        return field switch
        {
            "email" when value.GetValue<string>() is var e && (e.IndexOf('@') is <= 0 || e.IndexOf('@') == e.Length - 1 || e.Contains(' ')) =>
                "Please enter a valid email address.",
            "consumerStatus" when !DrivlyDocFactory.Statuses.Contains(value.GetValue<string>()) =>
                "This field has an invalid selection.",
            _ => null,
        };
    }

    private static Dictionary<string, DrivlyFieldKind> Build()
    {
        var fields = new Dictionary<string, DrivlyFieldKind>(StringComparer.Ordinal)
        {
            ["id"] = DrivlyFieldKind.Number,
            ["createdAt"] = DrivlyFieldKind.Timestamp,
            ["updatedAt"] = DrivlyFieldKind.Timestamp,
            ["address"] = DrivlyFieldKind.Relation,
            ["shippingContact"] = DrivlyFieldKind.Relation,
            ["createdBy"] = DrivlyFieldKind.Relation,
            ["lastModifiedBy"] = DrivlyFieldKind.Relation,
            ["companyPartnerBrand"] = DrivlyFieldKind.Relation,
            ["consumerLeadSource"] = DrivlyFieldKind.TextList,
            ["companyType"] = DrivlyFieldKind.TextList,
        };
        foreach (var (names, kind) in new[] { (Relations, DrivlyFieldKind.Relations), (Numbers, DrivlyFieldKind.Number), (Texts, DrivlyFieldKind.Text) })
        {
            foreach (var name in names.Split(' '))
            {
                fields[name] = kind;
            }
        }
        return fields;
    }
}
