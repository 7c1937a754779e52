using System.Globalization;

namespace Portal.Vendors.Guardant;

/// <summary>default (CompanyName, LastName, FirstName), name (LastName, FirstName), company (CompanyName).</summary>
public enum GuardantCustomerSort { Default, Name, Company }

public enum GuardantOrderSort { Number, SubmitDate }

/// <summary>Legal entities (company) or individuals (person); null for both.</summary>
public enum GuardantCustomerType { Company, Person }

/// <summary>Query of GET /v1.0/customers ("Get a list of customers"); null values are left to the vendor's defaults.</summary>
public sealed record GuardantCustomerQuery
{
    public GuardantCustomerSort Sort { get; init; } = GuardantCustomerSort.Default;
    public bool Descending { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 100;
    public GuardantCustomerType? Type { get; init; }
    /// <summary>true: archived only; false: non-archived only; null: both (the vendor's default).</summary>
    public bool? Archived { get; init; }

    public string ToQueryString()
    {
        var query = GuardantQueryText.Paging(Sort.ToString().ToLowerInvariant(), Descending, Offset, Limit);
        if (Type is { } type)
        {
            query += "&type=" + type.ToString().ToLowerInvariant();
        }
        if (Archived is { } archived)
        {
            query += "&archived=" + (archived ? "true" : "false");
        }
        return query;
    }
}

/// <summary>Query of GET /v1.0/customers/{id}/orders ("Get a list of customer orders").</summary>
public sealed record GuardantOrderQuery
{
    public GuardantOrderSort Sort { get; init; } = GuardantOrderSort.Number;
    public bool Descending { get; init; }
    public int Offset { get; init; }
    public int Limit { get; init; } = 100;
    /// <summary>Only these statuses (status=0,1); empty for every status.</summary>
    public IReadOnlyList<GuardantOrderStatus> Statuses { get; init; } = [];

    public string ToQueryString()
    {
        var query = GuardantQueryText.Paging(Sort.ToString().ToLowerInvariant(), Descending, Offset, Limit);
        return Statuses.Count == 0 ? query : query + "&status=" + string.Join(',', Statuses.Select(s => ((int)s).ToString(CultureInfo.InvariantCulture)));
    }
}

internal static class GuardantQueryText
{
    public static string Paging(string sortBy, bool descending, int offset, int limit) => string.Create(CultureInfo.InvariantCulture,
        $"?sortby={sortBy}&direction={(descending ? "desc" : "asc")}&offset={offset}&limit={limit}");
}
