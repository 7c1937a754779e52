using Portal.Features.Customers.Search;
using Portal.Vendors;

namespace Portal.IntegrationTests.Customers.Search;

public sealed class CustomerSearchPagingTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private readonly SearchFixture _index = new(portal.Factory);

    [Theory]
    [InlineData(CustomerSort.Name, "pager")]
    [InlineData(CustomerSort.NameDescending, "pager")]
    [InlineData(CustomerSort.RecentActivity, "pager")]
    [InlineData(CustomerSort.OldestActivity, "")]
    [InlineData(CustomerSort.Name, "pa")]
    public async Task Search_PageByPage_VisitsEveryPersonOnceInOrder(CustomerSort sort, string text)
    {
        var dealership = await _index.DealershipAsync("Paging Motors");
        var records = Enumerable.Range(0, 23).Select(i => _index.Record(VendorKind.Walcu, $"Pat{i % 5}", $"Pager{i:D2}") with
        {
            LastModifiedUtc = i % 4 == 0 ? null : new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddHours(i % 7),
        }).ToArray();
        await _index.IndexAsync(dealership, records);
        var user = SearchFixture.Manager(dealership);

        var seen = new List<CustomerSearchRow>();
        SearchCursor? after = null;
        var pages = 0;
        do
        {
            var page = await _index.Query.SearchAsync(user, new CustomerSearchRequest { Text = text, Sort = sort, PageSize = 5, After = after });
            seen.AddRange(page.Rows);
            after = page.Next;
            pages++;
        }
        while (after is not null && pages < 10);

        Assert.Equal(5, pages);
        Assert.Equal(23, seen.Select(r => r.PersonId).Distinct().Count());
        var expected = sort switch
        {
            CustomerSort.Name => seen.OrderBy(r => r.DisplayName.ToLowerInvariant(), StringComparer.Ordinal).ThenBy(r => r.PersonId),
            CustomerSort.NameDescending => seen.OrderByDescending(r => r.DisplayName.ToLowerInvariant(), StringComparer.Ordinal).ThenByDescending(r => r.PersonId),
            CustomerSort.RecentActivity => seen.OrderByDescending(r => r.LastActivityUtc).ThenByDescending(r => r.PersonId),
            _ => seen.OrderBy(r => r.LastActivityUtc).ThenBy(r => r.PersonId),
        };
        Assert.Equal(expected.Select(r => r.PersonId), seen.Select(r => r.PersonId));
    }

    [Fact]
    public async Task Search_Row_GroupsSourcesAndContactsOfThePerson()
    {
        var dealership = await _index.DealershipAsync("Row Motors");
        await _index.IndexAsync(dealership, _index.Record(VendorKind.Guardant, "Row", "Grouped", "row@example.com", "+13125550177"));

        var row = (await _index.Query.SearchAsync(SearchFixture.Manager(dealership), new CustomerSearchRequest { Text = "grouped" })).Rows.Single();

        Assert.Equal([VendorKind.Guardant], row.Sources);
        Assert.Equal(["row@example.com"], row.Emails);
        Assert.Equal(["+13125550177"], row.Phones);
        Assert.Equal(new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero), row.LastActivityUtc);
    }
}
