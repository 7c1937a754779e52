using System.Text.Json.Serialization;

namespace Portal.Vendors.Drivly;

/// <summary>
/// A Drivly customer, every field of the document's "version" object (GET /api/customers/versions) plus the
/// Payload document's id and timestamps (GET /api/customers/{id}). Relationship fields hold ids, except the address, which depth 1 populates.
/// Highly sensitive: consumerSocialSecurity, driver's licence, date of birth, income and employment fields.
/// </summary>
public sealed record DrivlyCustomer
{
    [JsonPropertyName("id")] [JsonConverter(typeof(DrivlyIdConverter))] public string? Id { get; init; }
    [JsonPropertyName("createdAt")] public string? CreatedAt { get; init; }
    [JsonPropertyName("updatedAt")] public string? UpdatedAt { get; init; }
    [JsonPropertyName("customerId")] public string? CustomerId { get; init; }
    [JsonPropertyName("leads")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? Leads { get; init; }
    [JsonPropertyName("address")] [JsonConverter(typeof(DrivlyAddressConverter))] public DrivlyAddress? Address { get; init; }
    [JsonPropertyName("shippingContact")] [JsonConverter(typeof(DrivlyIdConverter))] public string? ShippingContact { get; init; }
    [JsonPropertyName("deals")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? Deals { get; init; }
    [JsonPropertyName("createdBy")] [JsonConverter(typeof(DrivlyIdConverter))] public string? CreatedBy { get; init; }
    [JsonPropertyName("lastModifiedBy")] [JsonConverter(typeof(DrivlyIdConverter))] public string? LastModifiedBy { get; init; }
    [JsonPropertyName("email")] public string? Email { get; init; }
    [JsonPropertyName("phone")] public string? Phone { get; init; }
    [JsonPropertyName("insurancePolicies")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? InsurancePolicies { get; init; }
    [JsonPropertyName("tenants")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? Tenants { get; init; }
    [JsonPropertyName("consumerStatus")] public string? ConsumerStatus { get; init; }
    [JsonPropertyName("consumerFirstName")] public string? ConsumerFirstName { get; init; }
    [JsonPropertyName("consumerMiddleName")] public string? ConsumerMiddleName { get; init; }
    [JsonPropertyName("consumerLastName")] public string? ConsumerLastName { get; init; }
    [JsonPropertyName("consumerSuffix")] public string? ConsumerSuffix { get; init; }
    [JsonPropertyName("consumerDateOfBirth")] public string? ConsumerDateOfBirth { get; init; }
    [JsonPropertyName("consumerEducationLevel")] public string? ConsumerEducationLevel { get; init; }
    [JsonPropertyName("consumerVehicles")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? ConsumerVehicles { get; init; }
    [JsonPropertyName("consumerPhoneType")] public string? ConsumerPhoneType { get; init; }
    [JsonPropertyName("consumerDriversLicense")] public string? ConsumerDriversLicense { get; init; }
    [JsonPropertyName("consumerDriversLicenseState")] public string? ConsumerDriversLicenseState { get; init; }
    [JsonPropertyName("consumerDriversLicenseNumber")] public string? ConsumerDriversLicenseNumber { get; init; }
    [JsonPropertyName("consumerDriversLicenseExp")] public string? ConsumerDriversLicenseExp { get; init; }
    [JsonPropertyName("consumerDriversLicenseExpiration")] public string? ConsumerDriversLicenseExpiration { get; init; }
    [JsonPropertyName("consumerPreApprovals")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? ConsumerPreApprovals { get; init; }
    [JsonPropertyName("consumerGetPreApproved")] public string? ConsumerGetPreApproved { get; init; }
    [JsonPropertyName("consumerProvideProofOfInsurance")] public string? ConsumerProvideProofOfInsurance { get; init; }
    [JsonPropertyName("consumerLoginToBank")] public string? ConsumerLoginToBank { get; init; }
    [JsonPropertyName("consumerConnectCar")] public string? ConsumerConnectCar { get; init; }
    [JsonPropertyName("consumerProvideProofOfIncome")] public string? ConsumerProvideProofOfIncome { get; init; }
    [JsonPropertyName("consumerConsumerId")] public string? ConsumerConsumerId { get; init; }
    [JsonPropertyName("consumerCreditApplicationId")] public string? ConsumerCreditApplicationId { get; init; }
    [JsonPropertyName("deals2")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? Deals2 { get; init; }
    [JsonPropertyName("consumerSocialSecurity")] public string? ConsumerSocialSecurity { get; init; }
    [JsonPropertyName("consumerDriversLicenceState")] public string? ConsumerDriversLicenceState { get; init; }
    [JsonPropertyName("consumerIncome")] public decimal? ConsumerIncome { get; init; }
    [JsonPropertyName("consumerIncomeInterval")] public string? ConsumerIncomeInterval { get; init; }
    [JsonPropertyName("consumerEmploymentStatusCode")] public string? ConsumerEmploymentStatusCode { get; init; }
    [JsonPropertyName("consumerEmploymentDuration")] public decimal? ConsumerEmploymentDuration { get; init; }
    [JsonPropertyName("consumerEmployerName")] public string? ConsumerEmployerName { get; init; }
    [JsonPropertyName("consumerEmployerPhone")] public string? ConsumerEmployerPhone { get; init; }
    [JsonPropertyName("consumerEmploymentTitle")] public string? ConsumerEmploymentTitle { get; init; }
    [JsonPropertyName("consumerPreviousEmployerName")] public string? ConsumerPreviousEmployerName { get; init; }
    [JsonPropertyName("consumerPreviousEmployerPhone")] public string? ConsumerPreviousEmployerPhone { get; init; }
    [JsonPropertyName("consumerPreviousEmploymentTitle")] public string? ConsumerPreviousEmploymentTitle { get; init; }
    [JsonPropertyName("consumerPreviousEmploymentDuration")] public decimal? ConsumerPreviousEmploymentDuration { get; init; }
    [JsonPropertyName("consumerPreviousEmploymentincome")] public decimal? ConsumerPreviousEmploymentIncome { get; init; }
    [JsonPropertyName("consumerTimeAtResidence")] public decimal? ConsumerTimeAtResidence { get; init; }
    [JsonPropertyName("consumerPreviousAddressLine1")] public string? ConsumerPreviousAddressLine1 { get; init; }
    [JsonPropertyName("consumerPreviousAddressLine2")] public string? ConsumerPreviousAddressLine2 { get; init; }
    [JsonPropertyName("consumerPreviousAddressCity")] public string? ConsumerPreviousAddressCity { get; init; }
    [JsonPropertyName("consumerPreviousAddressState")] public string? ConsumerPreviousAddressState { get; init; }
    [JsonPropertyName("consumerPreviousZip")] public string? ConsumerPreviousZip { get; init; }
    [JsonPropertyName("consumerPreviousAddressDuration")] public decimal? ConsumerPreviousAddressDuration { get; init; }
    [JsonPropertyName("consumerResidenceType")] public string? ConsumerResidenceType { get; init; }
    [JsonPropertyName("consumerRentMortgage")] public decimal? ConsumerRentMortgage { get; init; }
    [JsonPropertyName("consumerOtherIncomeDescription")] public string? ConsumerOtherIncomeDescription { get; init; }
    [JsonPropertyName("consumerOtherIncomeAmount")] public decimal? ConsumerOtherIncomeAmount { get; init; }
    [JsonPropertyName("consumerLeadSource")] public IReadOnlyList<string>? ConsumerLeadSource { get; init; }
    [JsonPropertyName("companyName")] public string? CompanyName { get; init; }
    [JsonPropertyName("companyDealerDeals")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? CompanyDealerDeals { get; init; }
    [JsonPropertyName("companyDealsFacilitated")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? CompanyDealsFacilitated { get; init; }
    [JsonPropertyName("companyInsuranceQuotes")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? CompanyInsuranceQuotes { get; init; }
    [JsonPropertyName("companyType")] public IReadOnlyList<string>? CompanyType { get; init; }
    [JsonPropertyName("companyWebsite")] public string? CompanyWebsite { get; init; }
    [JsonPropertyName("companyStripeConnectLink")] public string? CompanyStripeConnectLink { get; init; }
    [JsonPropertyName("companyCustomerPortalLink")] public string? CompanyCustomerPortalLink { get; init; }
    [JsonPropertyName("companyServiceQuotes")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? CompanyServiceQuotes { get; init; }
    [JsonPropertyName("companyServiceOrders")] public string? CompanyServiceOrders { get; init; }
    [JsonPropertyName("companyServiceQuotesPartners")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? CompanyServiceQuotesPartners { get; init; }
    [JsonPropertyName("companyVisibility")] public string? CompanyVisibility { get; init; }
    [JsonPropertyName("companyTenants2")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? CompanyTenants2 { get; init; }
    [JsonPropertyName("companyCustomer")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? CompanyCustomer { get; init; }
    [JsonPropertyName("companyTrades")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? CompanyTrades { get; init; }
    [JsonPropertyName("companyTenants3")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? CompanyTenants3 { get; init; }
    [JsonPropertyName("companyPartnerBrand")] [JsonConverter(typeof(DrivlyIdConverter))] public string? CompanyPartnerBrand { get; init; }
    [JsonPropertyName("companyDeals3")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? CompanyDeals3 { get; init; }
    [JsonPropertyName("companyRouteOneDealer")] public string? CompanyRouteOneDealer { get; init; }
    [JsonPropertyName("companyTransportServiceOrders")] [JsonConverter(typeof(DrivlyIdListConverter))] public IReadOnlyList<string>? CompanyTransportServiceOrders { get; init; }
}
