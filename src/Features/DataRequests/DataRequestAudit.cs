using System.Globalization;
using Portal.Features.Audit;

namespace Portal.Features.DataRequests;

/// <summary>How data-request audit entries name their item and decision.</summary>
internal static class DataRequestAudit
{
    public static AuditTarget Target(DataRequestRow item) =>
        new(AuditTargetTypes.DataRequest, item.Id.ToString(CultureInfo.InvariantCulture), $"{item.Name ?? item.Type} ({item.ItemUuid})");

    public static string ActionOf(DecisionKind kind) => kind switch
    {
        DecisionKind.Approve => AuditActions.DataRequestApproved,
        DecisionKind.Decline => AuditActions.DataRequestDeclined,
        _ => AuditActions.DataRequestRequestedAgain,
    };
}
