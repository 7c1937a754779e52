using Microsoft.EntityFrameworkCore;
using Portal.Features.Audit;
using Portal.Features.Customers.Profile;
using Portal.IntegrationTests.Customers;
using Portal.IntegrationTests.Customers.Profile;
using Portal.Security.Throttling;
using Portal.Vendors;
using Portal.Vendors.Drivly;
using Portal.Vendors.Model;

namespace Portal.IntegrationTests.Security;

/// <summary>Security:RateLimits:RevealPerUser on CustomerProfileService.RevealAsync: per user, refused with when, audited.</summary>
public sealed class RevealThrottleTests : IDisposable
{
    private const string Admin = "admin@sandbox.local";
    private readonly ProfilePortal _portal = new();

    public RevealThrottleTests() => _portal.Factory.With("Security:RateLimits:RevealPerUser", "2");

    [Fact]
    public async Task Reveal_OverTheUsersAllowance_IsRefusedWithWhenToRetry_Audited_AndAnotherUserStillCan()
    {
        var source = await DrivlyRecordAsync();
        for (var i = 0; i < 2; i++)
        {
            Assert.NotEmpty(await _portal.ProfilesAsManagerAsync(p => p.RevealAsync(source, $"Desk check {i}")));
        }

        var refused = await Assert.ThrowsAsync<ActionThrottledException>(() => _portal.ProfilesAsManagerAsync(p => p.RevealAsync(source, "Third look")));

        Assert.Equal(ExpensiveAction.Reveal, refused.Action);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromTicks(1), TimeSpan.FromMinutes(1));
        Assert.Matches(@"Too many reveals of sensitive values in a short time\. Try again in \d+ s\.", refused.Message);
        var entries = (await _portal.AuditAsync(source)).Where(e => e.Action == AuditActions.CustomerPiiRevealed).ToList();
        Assert.Equal([AuditOutcome.Succeeded, AuditOutcome.Succeeded, AuditOutcome.Denied], entries.Select(e => e.Outcome));
        Assert.Equal("Third look", entries[2].Reason);
        Assert.Contains("retry after", entries[2].Detail);

        // The allowance is the manager's alone: the admin still reveals, and is audited as usual.
        Assert.NotEmpty(await _portal.Factory.AsAsync<CustomerProfileService, IReadOnlyList<SensitiveItem>>(Admin, p => p.RevealAsync(source, "Admin check")));
        Assert.Equal(AuditOutcome.Succeeded, (await _portal.AuditAsync(source)).Last(e => e.Action == AuditActions.CustomerPiiRevealed).Outcome);
    }

    private async Task<SourceRef> DrivlyRecordAsync()
    {
        var client = await _portal.Sandbox.ClientAsync<IDrivlyClient>(VendorKind.Drivly);
        var page = await client.ListCustomersAsync(new DrivlyQuery { Limit = 20 });
        var record = DrivlyMapper.ToCustomer(page.Items.First(c => !string.IsNullOrEmpty(c.ConsumerSocialSecurity)), client.Connection.Id);
        await _portal.IndexAsync(record);
        return record.Source;
    }

    public void Dispose() => _portal.Dispose();
}
