using Microsoft.AspNetCore.Http;
using Portal.Features.Audit;

namespace Portal.Tests.Features.Audit;

public sealed class AuditEventRulesTests
{
    private static readonly AuditOrigin Origin = new(AuditActor.System, null, null, null);

    [Fact]
    public void Validate_ActionNotInCatalogue_Throws() =>
        Assert.Throws<ArgumentException>(() => AuditLog.Validate(new AuditEvent("customer.teleported")));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void Validate_RevealWithoutReason_Throws(string? reason) =>
        Assert.Throws<ArgumentException>(() => AuditLog.Validate(new AuditEvent(AuditActions.CustomerPiiRevealed) { Reason = reason }));

    [Fact]
    public void ToEntry_SensitiveChanges_StoredMaskedAndFlagged()
    {
        var entry = AuditLog.ToEntry(new AuditEvent(AuditActions.CustomerUpdated)
        {
            Changes = [new("ssn", "078-05-1120", null), new("nickname", "Bo", "Bobby", Sensitive: true), new("city", "Austin", "Dallas")],
        }, Origin);

        Assert.Equal(
            [new StoredChange("ssn", "•••• 1120", null, true), new StoredChange("nickname", "••••", "••••", true), new StoredChange("city", "Austin", "Dallas", false)],
            AuditChanges.Deserialize(entry.Changes));
    }

    [Fact]
    public void ToEntry_OverlongUserAgent_IsCut()
    {
        var entry = AuditLog.ToEntry(new AuditEvent(AuditActions.SignOut), Origin with { UserAgent = new string('x', 5000) });

        Assert.Equal(AuditLimits.UserAgent, entry.UserAgent?.Length);
    }

    [Fact]
    public void FromQuery_ToQueryStringOfAFullFilter_RoundTrips()
    {
        var filter = new AuditFilter
        {
            From = new DateOnly(2026, 5, 1), To = new DateOnly(2026, 5, 31), ActorId = "u-1", Action = AuditActions.CustomerViewed,
            Outcome = AuditOutcome.Denied, DealershipId = 3, TargetType = AuditTargetTypes.Customer, TargetId = "drivly:cus 1&2",
        };

        var parsed = AuditFilter.FromQuery(new QueryCollection(Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(filter.ToQueryString())));

        Assert.Equal(filter, parsed);
    }
}
