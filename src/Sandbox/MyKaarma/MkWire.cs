using System.Text.Json;
using System.Text.Json.Serialization;

namespace Portal.Sandbox.MyKaarma;

// myKaarma's JSON as the emulator writes it (camelCase, nulls written), independent of the portal's client DTOs.

internal static class MkJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };
}

internal sealed record MkWireError(
    int ErrorCode, string ErrorTitle,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? ErrorDescription,
    string ErrorMessage);

internal sealed record MkWireWarning(int WarningCode, string WarningTitle, string WarningMessage);

internal sealed record MkEnvelope(IReadOnlyList<MkWireError> Errors, IReadOnlyList<MkWireWarning> Warnings);

internal sealed record MkProfileAnswer(
    IReadOnlyList<MkWireError> Errors, IReadOnlyList<MkWireWarning> Warnings,
    [property: JsonPropertyName("customerProfileDataRequestDTO")] MkWireProfile CustomerProfileDataRequestDto);

internal sealed record MkWireProfile(
    MkWireCustomer CustomerInfo, MkWireDealer DealerInfo, MkWireVehicle? VehicleInfo,
    [property: JsonPropertyName("vaultDataRequestUUID")] string VaultDataRequestUuid,
    IReadOnlyList<MkWireItem> Items, string DepartmentUuid, IReadOnlyDictionary<string, string> Attributes);

internal sealed record MkWireCustomer(
    long Id, string Fname, string Lname, string CustomerKey, string Uuid, string? Company, long DealerId,
    IReadOnlyList<MkWireCommunication> Communications, IReadOnlyList<MkWireVehicle> Vehicles,
    IReadOnlyList<MkWireSecondaryCustomer> SecondaryCustomerData);

internal sealed record MkWireCommunication(string CommValue, string CommType, string CommLabel, bool Preferred, long Id);

internal sealed record MkWireVehicle(
    string Model, string Year, string Make, string Engine, string BodyStyle, string Trim, string Vin, long Id, bool IsValid,
    string Uuid, string VehicleKey, string ImageUrl);

internal sealed record MkWireSecondaryCustomer(string Fname, string Lname, string CustomerKey, string Guid, long CustomerId);

internal sealed record MkWireDealer(string Name, [property: JsonPropertyName("dealerUUID")] string DealerUuid);

internal sealed record MkWireItem(
    string Uuid, string Type, string Name, string Action, string Description, bool Required, bool ApprovalNeeded,
    bool MaintainHistory, string VaultSupportedDataUuid, IReadOnlyList<MkWireApprover> DealerAssociatesWithApprovalAuthority,
    MkWireItemMetaData? DealerSupportedItemMetaData, string Status, string? VaultPiiDataUuid, IReadOnlyList<MkWireReview> Reviews,
    bool IsBackPageSupported);

internal sealed record MkWireApprover(long Id, string UserUuid, string DepartmentUuid, string DealerSupportedItemUuid, bool IsValid);

internal sealed record MkWireItemMetaData(string DealerSupportedItemUuid, string? FileText, string? FileUrl);

internal sealed record MkWireReview(string ReviewStatus, string ReviewerUserUuid, string ReviewerName, string? Reason, string ReviewedAtDateTime);

/// <summary>Assumption: the open view requests of a department, one page.</summary>
internal sealed record MkOpenRequestsAnswer(
    IReadOnlyList<MkWireError> Errors, IReadOnlyList<MkWireWarning> Warnings,
    IReadOnlyList<MkWireOpenRequest> CustomerProfileViewRequests, string? NextPageToken);

internal sealed record MkWireOpenRequest(
    string CustomerProfileViewRequestToken,
    [property: JsonPropertyName("vaultDataRequestUUID")] string VaultDataRequestUuid,
    string CreatedDateTime);

/// <summary>Assumption: the answer to a recorded review.</summary>
internal sealed record MkReviewAnswer(IReadOnlyList<MkWireError> Errors, IReadOnlyList<MkWireWarning> Warnings, MkWireItem Item);
