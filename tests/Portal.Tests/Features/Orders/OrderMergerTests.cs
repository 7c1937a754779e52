using Portal.Features.Orders;
using Portal.Features.Orders.Sources;
using Portal.Vendors;
using static Portal.Tests.Features.Orders.OrderRows;

namespace Portal.Tests.Features.Orders;

public sealed class OrderMergerTests
{
    /// <summary>
    /// Property: for random sources (numbers, text and missing keys, many ties, unreadable entries), any page size and
    /// either direction, paging to the end yields every readable order exactly once (no gaps, no duplicates) and in
    /// the merged sort order.
    /// </summary>
    [Fact]
    public async Task PageAsync_RandomSourcesAndPageSizes_NoGapsNoDuplicatesInOrder()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            var random = new Random(seed);
            var descending = random.Next(2) == 0;
            var comparer = new OrderRowComparer(OrderSort.Number, descending);
            var sources = Enumerable.Range(0, random.Next(1, 5)).Select(s => RandomSource(random, s, comparer)).ToList();
            var expected = sources.SelectMany(s => s.Rows).OfType<OrderRow>().Select(r => r.Id).Order().ToList();
            var size = random.Next(1, 12);

            var seen = new List<OrderRow>();
            OrderCursor? cursor = OrderCursor.Start;
            for (var pages = 0; cursor is not null; pages++)
            {
                Assert.True(pages < 500, $"seed {seed}: paging does not end");
                var page = await OrderMerger.PageAsync(sources.Select(s => s.Source).ToList(), cursor, size, OrderSort.Number, descending, default);
                Assert.True(page.Rows.Count <= size);
                Assert.True(page.Rows.Count == size || page.Next is null, $"seed {seed}: a short page before the end");
                seen.AddRange(page.Rows);
                cursor = page.Next;
            }

            Assert.Equal(expected, seen.Select(r => r.Id).Order().ToList());
            Assert.Equal(seen.Count, seen.Select(r => r.Id).Distinct().Count());
            Assert.All(seen.Zip(seen.Skip(1)), pair => Assert.True(comparer.Compare(pair.First, pair.Second) <= 0, $"seed {seed}: out of order"));
        }
    }

    [Fact]
    public async Task PageAsync_OneSourceFails_OthersStillListAndTheFailureIsNamed()
    {
        var good = new ListSource("walcu", [Row("a", OrderSortKey.Of(1)), Row("b", OrderSortKey.Of(2))]);
        var bad = new ListSource("guardant", [Row("c", OrderSortKey.Of(0))], VendorFailureKind.ServerError);

        var page = await OrderMerger.PageAsync([bad, good], OrderCursor.Start, 10, OrderSort.Number, false, default);

        Assert.Equal(["a", "b"], page.Rows.Select(r => r.Order.Source.ExternalId));
        var problem = Assert.Single(page.Problems);
        Assert.Equal(("guardant", "List guardant", "the vendor reported an error"), (problem.SourceKey, problem.Label, problem.Message));
        Assert.Null(page.Next);
    }

    [Fact]
    public async Task PageAsync_Descending_MissingKeysLast_TextAfterNumbers()
    {
        var numbers = new ListSource("n", [Row("n9", OrderSortKey.Of(9)), Row("n1", OrderSortKey.Of(1)), Row("none", OrderSortKey.None)]);
        var texts = new ListSource("t", [Row("tB", OrderSortKey.Of("B")), Row("tA", OrderSortKey.Of("A"))]);

        var page = await OrderMerger.PageAsync([numbers, texts], OrderCursor.Start, 10, OrderSort.Number, true, default);

        Assert.Equal(["tB", "tA", "n9", "n1", "none"], page.Rows.Select(r => r.Order.Source.ExternalId));
    }

    private static (IOrderSource Source, List<OrderRow?> Rows) RandomSource(Random random, int s, OrderRowComparer comparer)
    {
        var rows = Enumerable.Range(0, random.Next(0, 40)).Select(i => random.Next(10) == 0
            ? null
            : Row($"s{s}-{i}", random.Next(6) switch
            {
                0 => OrderSortKey.None,
                1 or 2 => OrderSortKey.Of(((char)('A' + random.Next(4))).ToString()),
                _ => OrderSortKey.Of(random.Next(8)),
            })).ToList();
        // The vendor's own order: sorted by the key (its tie order is its own business); unreadable rows keep their place.
        var readable = new Queue<OrderRow>(rows.OfType<OrderRow>().OrderBy(r => random.Next()).Order(comparer));
        var sorted = rows.Select(r => r is null ? null : readable.Dequeue()).ToList();
        return (new ListSource($"s{s}", sorted), sorted);
    }
}
