using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Portal.Features.Audit;
using Portal.Features.Customers.Index;
using Portal.Features.Customers.Linking;
using Portal.Security;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.IntegrationTests.Customers.Linking;

/// <summary>A portal whose link review runs as a test-chosen user and whose audit events are recorded in memory.</summary>
public sealed class ReviewPortal : IDisposable
{
    public ReviewPortal() => Factory = new PortalAppFactory().With("Customers:Sync:Enabled", "false").WithServices(services =>
    {
        services.RemoveAll<IAuditLog>();
        services.RemoveAll<ICurrentUser>();
        services.AddSingleton<IAuditLog>(Audit);
        services.AddSingleton<ICurrentUser>(User);
    });

    public PortalAppFactory Factory { get; }

    public RecordingAuditLog Audit { get; } = new();

    public TestCurrentUser User { get; } = new();

    public void Dispose() => Factory.Dispose();
}

public sealed class LinkReviewTests(ReviewPortal portal) : IClassFixture<ReviewPortal>
{
    private CustomerIndexWriter Writer => portal.Factory.Services.GetRequiredService<CustomerIndexWriter>();

    private CustomerLinker Linker => portal.Factory.Services.GetRequiredService<CustomerLinker>();

    [Fact]
    public async Task Split_PossibleMatch_SeparatesTheRecordForGoodAndIsAudited()
    {
        var dealership = await PortalData.DealershipAsync(portal.Factory, "Review Split");
        var (a, b) = await PossiblePairAsync(dealership, "rv-s");
        AsManagerOf(dealership);

        Assert.Contains(await ReviewAsync(s => s.ListPossibleAsync()), m => m.SourceRef == b.Source.ToString() && m.Rules.Contains(LinkRules.Phone));
        var personId = await ReviewAsync(s => s.SplitAsync(b.Source.ToString(), "Different people: father and son"));
        await Writer.UpsertAsync([b with { LastModifiedUtc = b.LastModifiedUtc?.AddDays(1) }], dealership);
        await Linker.LinkPendingAsync();

        var rows = await RowsAsync(a, b);
        Assert.NotEqual(rows[0].PersonId, rows[1].PersonId);
        Assert.Equal(personId, rows[1].PersonId);
        Assert.Equal(LinkStatus.Split, rows[1].LinkStatus);
        var audit = Assert.Single(portal.Audit.Events, e => e.Action == AuditActions.CustomerLinkSplit && e.Target?.Id == b.Source.ToString());
        Assert.Equal("Different people: father and son", audit.Reason);
        Assert.Equal(dealership, audit.DealershipId);
    }

    [Fact]
    public async Task Confirm_PossibleMatch_StaysTogetherEvenWhenTheEvidenceGoes()
    {
        var dealership = await PortalData.DealershipAsync(portal.Factory, "Review Confirm");
        var (a, b) = await PossiblePairAsync(dealership, "rv-c");
        AsManagerOf(dealership);

        await ReviewAsync(async s => { await s.ConfirmAsync(b.Source.ToString()); return 0L; });
        await Writer.UpsertAsync([b with { Phones = [] }], dealership);
        await Linker.LinkPendingAsync();

        var rows = await RowsAsync(a, b);
        Assert.Equal(rows[0].PersonId, rows[1].PersonId);
        Assert.Equal(LinkStatus.Confirmed, rows[1].LinkStatus);
        Assert.Contains(portal.Audit.Events, e => e.Action == AuditActions.CustomerLinkConfirmed && e.Target?.Id == b.Source.ToString());
    }

    [Fact]
    public async Task Split_RecordOfAnotherDealership_IsRefusedLikeAMissingOne()
    {
        var theirs = await PortalData.DealershipAsync(portal.Factory, "Review Theirs");
        var mine = await PortalData.DealershipAsync(portal.Factory, "Review Mine");
        var (_, b) = await PossiblePairAsync(theirs, "rv-d");
        AsManagerOf(mine);

        await Assert.ThrowsAsync<AccessDeniedException>(() => ReviewAsync(s => s.SplitAsync(b.Source.ToString())));
        await Assert.ThrowsAsync<AccessDeniedException>(() => ReviewAsync(s => s.SplitAsync("walcu:1:no-such-record")));
    }

    /// <summary>Two records sharing only a phone and a name: a possible match.</summary>
    private async Task<(CustomerRecord A, CustomerRecord B)> PossiblePairAsync(int dealership, string prefix)
    {
        var a = Record(VendorKind.Walcu, prefix + "-a", "+13125550142");
        var b = Record(VendorKind.Guardant, prefix + "-b", "+13125550142");
        await Writer.UpsertAsync([a, b], dealership);
        await Linker.LinkPendingAsync();
        var rows = await RowsAsync(a, b);
        Assert.Equal(rows[0].PersonId, rows[1].PersonId);
        Assert.Equal(LinkStatus.Possible, rows[1].LinkStatus);
        return (a, b);
    }

    private void AsManagerOf(int dealership) =>
        portal.User.User = new UserContext("manager-" + dealership, "Test Manager", new HashSet<string> { PortalRoles.DealerManager }, [dealership]);

    private async Task<T> ReviewAsync<T>(Func<ILinkReviewService, Task<T>> act)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        return await act(scope.ServiceProvider.GetRequiredService<ILinkReviewService>());
    }

    private static CustomerRecord Record(VendorKind vendor, string id, string phone) => new(new SourceRef(vendor, 700 + (int)vendor, id))
    {
        FirstName = "Grace",
        LastName = "Hopper",
        Phones = [phone],
        LastModifiedUtc = new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero),
    };

    private async Task<List<IndexedCustomer>> RowsAsync(CustomerRecord a, CustomerRecord b)
    {
        var refs = new[] { a.Source.ToString(), b.Source.ToString() };
        await using var db = await PortalData.DbAsync(portal.Factory);
        return await db.Set<IndexedCustomer>().AsNoTracking().Where(c => refs.Contains(c.SourceRef)).OrderBy(c => c.SourceRef == refs[1]).ToListAsync();
    }
}
