namespace Portal.Features.DataRequests;

/// <summary>The queue chart's age buckets: quarters of the SLA, then past it; every bucket and status present (zeros too).</summary>
internal static class QueueBuckets
{
    public static IReadOnlyList<AgeBucketCount> Count(IReadOnlyList<QueueRow> rows, TimeSpan sla)
    {
        var labels = Labels(sla);
        var statuses = rows.Select(r => r.Status).Distinct().Order(StringComparer.Ordinal).ToList();
        return statuses.SelectMany(status => labels.Select((label, i) =>
            new AgeBucketCount(label, status, rows.Count(r => r.Status == status && Index(r.Age, sla) == i)))).ToList();
    }

    public static IReadOnlyList<string> Labels(TimeSpan sla)
    {
        var q = sla.TotalHours / 4;
        return [$"< {q:0.#} h", $"{q:0.#}–{2 * q:0.#} h", $"{2 * q:0.#}–{3 * q:0.#} h", $"{3 * q:0.#}–{4 * q:0.#} h (near)", $"past {4 * q:0.#} h"];
    }

    private static int Index(TimeSpan age, TimeSpan sla) => Math.Clamp((int)Math.Floor(age / sla * 4), 0, 4);
}
