namespace Portal.Features.Orders;

/// <summary>
/// A sort value as a vendor compares it, in MongoDB's order across types: missing first, then numbers (and times, as
/// Unix milliseconds), then text (ordinal). Guardant's number 0 and epoch 0 mean "none" and, being the smallest
/// numbers, sort where a missing value does; so one comparison stays consistent with every source's own order.
/// </summary>
public readonly record struct OrderSortKey(int Rank, long Number, string? Text) : IComparable<OrderSortKey>
{
    public static OrderSortKey None { get; } = new(0, 0, null);

    public static OrderSortKey Of(long? number) => number is { } n ? new(1, n, null) : None;

    public static OrderSortKey Of(DateTimeOffset? time) => time is { } t ? new(1, t.ToUnixTimeMilliseconds(), null) : None;

    public static OrderSortKey Of(string? text) => text is null ? None : new(2, 0, text);

    /// <summary>Guardant's epoch seconds and numbers, where 0 means none.</summary>
    public static OrderSortKey NonZero(long value, long scale = 1) => value > 0 ? new(1, value * scale, null) : None;

    public int CompareTo(OrderSortKey other)
    {
        var byRank = Rank.CompareTo(other.Rank);
        if (byRank != 0)
        {
            return byRank;
        }
        return Rank == 2 ? string.CompareOrdinal(Text, other.Text) : Number.CompareTo(other.Number);
    }
}
