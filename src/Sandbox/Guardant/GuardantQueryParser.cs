using System.Globalization;

namespace Portal.Sandbox.Guardant;

/// <summary>Reads the documented list parameters with their documented defaults; a malformed value is a 400.</summary>
internal static class GuardantQueryParser
{
    public const int MaxLimit = 1000;

    public static (GuardantListRequest? Request, string? Error) Customers(IQueryCollection q)
    {
        if (!Enum.TryParse<GuardantSortBy>(Value(q, "sortby") ?? "default", ignoreCase: true, out var sort) || !Enum.IsDefined(sort))
        {
            return (null, "sortby must be default, name or company.");
        }
        var (descending, offset, limit, error) = Paging(q);
        if (error is not null)
        {
            return (null, error);
        }
        // As documented: a type other than company or person selects everyone; archived is false, true or absent.
        bool? company = Value(q, "type")?.ToLowerInvariant() switch { "company" => true, "person" => false, _ => null };
        bool? archived = Value(q, "archived")?.ToLowerInvariant() switch { "true" => true, "false" => false, _ => null };
        return (new GuardantListRequest(sort, descending, offset, limit, company, archived), null);
    }

    public static (GuardantOrderRequest? Request, string? Error) Orders(IQueryCollection q)
    {
        var sortBy = Value(q, "sortby")?.ToLowerInvariant() ?? "number";
        if (sortBy is not ("number" or "submitdate"))
        {
            return (null, "sortby must be number or submitdate.");
        }
        var (descending, offset, limit, error) = Paging(q);
        if (error is not null)
        {
            return (null, error);
        }
        var statuses = new HashSet<int>();
        foreach (var part in (Value(q, "status") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var s) || s > 2)
            {
                return (null, "status must list order statuses separated by commas: 0 (Draft), 1 (Submit), 2 (Revoked).");
            }
            statuses.Add(s);
        }
        return (new GuardantOrderRequest(sortBy == "submitdate", descending, offset, limit, statuses), null);
    }

    private static (bool Descending, int Offset, int Limit, string? Error) Paging(IQueryCollection q)
    {
        var direction = Value(q, "direction")?.ToLowerInvariant() ?? "asc";
        if (direction is not ("asc" or "desc"))
        {
            return (false, 0, 0, "direction must be asc or desc.");
        }
        if (!Number(q, "offset", 0, out var offset) || offset < 0)
        {
            return (false, 0, 0, "offset must be a whole number of at least 0.");
        }
        if (!Number(q, "limit", 100, out var limit) || limit is < 1 or > MaxLimit)
        {
            return (false, 0, 0, $"limit must be a whole number from 1 to {MaxLimit}.");
        }
        return (direction == "desc", offset, limit, null);
    }

    private static bool Number(IQueryCollection q, string name, int fallback, out int value)
    {
        value = fallback;
        return Value(q, name) is not { } text || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }

    private static string? Value(IQueryCollection q, string name) => q.TryGetValue(name, out var v) && v.Count > 0 && v[0] is { Length: > 0 } s ? s : null;
}

/// <summary>An orders list request: sortby number|submitdate, direction, offset, limit, statuses (empty = all).</summary>
internal sealed record GuardantOrderRequest(bool BySubmitDate, bool Descending, int Offset, int Limit, IReadOnlySet<int> Statuses)
{
    public IReadOnlyList<GuardantWireOrder> Apply(IEnumerable<GuardantWireOrder> orders)
    {
        var selected = orders.Where(o => Statuses.Count == 0 || Statuses.Contains(o.Status));
        var sorted = BySubmitDate ? selected.OrderBy(o => o.SubmitDate).ThenBy(o => o.Id) : selected.OrderBy(o => o.Number).ThenBy(o => o.Id);
        var ordered = Descending ? sorted.Reverse() : sorted;
        return ordered.Skip(Offset).Take(Limit).ToList();
    }
}
