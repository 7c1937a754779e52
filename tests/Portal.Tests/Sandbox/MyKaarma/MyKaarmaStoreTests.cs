using System.Text.Json;
using Portal.Sandbox.MyKaarma;
using Portal.Sandbox.People;

namespace Portal.Tests.Sandbox.MyKaarma;

public sealed class MyKaarmaStoreTests
{
    private const int Seed = 20261122;
    private const string FileBase = "http://sandbox.test/files/";

    private static MyKaarmaStore Store(int size = 2000) => new(new SandboxPopulation(Seed, size));

    private static IEnumerable<MkRequest> AllRequests(MyKaarmaStore store) =>
        Enumerable.Range(0, store.Population.Size).Select(store.Find).OfType<MkRequest>();

    [Fact]
    public void Find_SameSeed_RendersIdenticalProfiles()
    {
        var (a, b) = (Store(), Store());

        foreach (var index in new[] { 0, 1, 2, 17, 999, 1999 })
        {
            var first = a.Find(index) is { } r ? JsonSerializer.Serialize(a.Renderer.Profile(r, FileBase)) : null;
            var second = b.Find(index) is { } s ? JsonSerializer.Serialize(b.Renderer.Profile(s, FileBase)) : null;
            Assert.Equal(first, second);
        }
    }

    [Fact]
    public void Find_PeopleMyKaarmaHolds_EachHaveOneRequest()
    {
        var store = Store();

        for (var i = 0; i < 300; i++)
        {
            Assert.Equal(store.Population.Holds(i, SandboxVendor.MyKaarma), store.Find(i) is not null);
        }
    }

    [Fact]
    public void Requests_DefaultPopulation_HaveEveryStatusAndReviewStatus()
    {
        var items = AllRequests(Store()).SelectMany(r => r.Items).ToList();

        Assert.Equal(MkStatus.ItemStatuses.Order(), items.Select(i => i.Status).Distinct().Order());
        Assert.Equal(MkStatus.ReviewStatuses.Order(), items.SelectMany(i => i.Reviews).Select(r => r.Status).Distinct().Order());
        Assert.All(items.Where(i => i.Status == MkStatus.PendingApproval), i => Assert.True(i.ApprovalNeeded));
        Assert.All(items.Where(i => i.Status == MkStatus.Completed && i.ApprovalNeeded), i => Assert.Equal(MkStatus.Approved, i.Reviews[^1].Status));
        Assert.All(items.Where(i => i.Status == MkStatus.Declined), i => Assert.Equal(MkStatus.Declined, i.Reviews[^1].Status));
    }

    [Fact]
    public void Requests_DefaultPopulation_SomeAskedByCaseyAndReviewedBySomeoneElse()
    {
        var requests = AllRequests(Store()).ToList();
        var casey = requests.Where(r => r.RequestedBy == MyKaarmaAssociates.Casey).ToList();

        Assert.InRange(casey.Count, requests.Count / 10, requests.Count / 3);
        Assert.Contains(casey, r => r.IsOpen && r.Items.Any(i => i.Status == MkStatus.PendingApproval && i.Type.IsValidApprover(MyKaarmaAssociates.Casey)));
        Assert.All(requests, r => Assert.DoesNotContain(r.Items.SelectMany(i => i.Reviews), v => v.ReviewerUserUuid == r.RequestedBy.UserUuid));
    }

    [Fact]
    public void Open_SmallPages_ListEveryOpenRequestOnceInOrder()
    {
        var store = Store(500);
        var expected = AllRequests(store).Where(r => r.IsOpen).Select(r => r.Index).ToList();
        var seen = new List<int>();

        int? next = 0;
        while (next is { } from)
        {
            var (page, after) = store.Open(from, 7);
            seen.AddRange(page.Select(r => r.Index));
            next = after;
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected, seen);
    }

    [Fact]
    public void Ids_EveryKind_DecodeBackToTheirRequest()
    {
        var ids = new MkIds(Seed);

        Assert.Equal(42, ids.TokenIndex(ids.Token(42)));
        Assert.Equal(42, ids.RequestIndex(ids.Request(42)));
        Assert.Equal((42, 3), ids.ItemOf(ids.Item(42, 3)));
        Assert.Equal((42, 3), ids.VaultDataOf(ids.VaultData(42, 3)));
        Assert.Null(ids.TokenIndex(ids.Request(42).Replace("-", "")));
        Assert.Null(ids.ItemOf(ids.VaultData(42, 3)));
        Assert.Null(new MkIds(Seed + 1).TokenIndex(ids.Token(42)));
    }

    [Fact]
    public void Profile_SuppliedItems_HaveFileUrlOrTextAndOthersNone()
    {
        var store = Store(300);
        var items = AllRequests(store).SelectMany(r => store.Renderer.Profile(r, FileBase).Items).ToList();

        Assert.All(items, i => Assert.Equal(i.Status is MkStatus.Scheduled or MkStatus.Requested, i.DealerSupportedItemMetaData is null));
        Assert.All(items.Where(i => i.DealerSupportedItemMetaData is not null), i =>
            Assert.True((i.DealerSupportedItemMetaData?.FileUrl ?? "").StartsWith(FileBase, StringComparison.Ordinal) ^ i.DealerSupportedItemMetaData?.FileText is not null));
    }

    [Fact]
    public void SandboxPdf_Create_IsAPdfWhoseCrossReferencesPointAtItsObjects()
    {
        var pdf = System.Text.Encoding.Latin1.GetString(SandboxPdf.Create(["Núñez-O'Brien (licence)", "line 2"]));

        Assert.StartsWith("%PDF-1.4", pdf);
        Assert.EndsWith("%%EOF\n", pdf);
        var xref = int.Parse(pdf[(pdf.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        Assert.StartsWith("xref", pdf[xref..]);
        var offsets = pdf[xref..].Split('\n').Skip(3).TakeWhile(l => l.EndsWith(" n ", StringComparison.Ordinal)).Select(l => int.Parse(l[..10], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(5, offsets.Count);
        Assert.All(offsets.Select((o, k) => (o, k)), x => Assert.StartsWith($"{x.k + 1} 0 obj", pdf[x.o..]));
        Assert.Contains("O'Brien \\(licence\\)", pdf);
    }
}
