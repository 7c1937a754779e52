using Portal.Vendors;

namespace Portal.Features.Customers.Search;

/// <summary>The orders the results can be shown in; each is a keyset over (key, person id).</summary>
public enum CustomerSort { Name, NameDescending, RecentActivity, OldestActivity }

/// <summary>What the user typed, recognised: decides the index used and what the audit log records.</summary>
public enum SearchKind { Empty, Prefix, Text, Email, Phone, Number, Vin }

/// <summary>Where the next page starts: the last row's sort key and person id.</summary>
public sealed record SearchCursor(string Key, long PersonId);

/// <summary>One search of the customer index. <see cref="DealershipId"/> narrows within the user's dealerships.</summary>
public sealed record CustomerSearchRequest
{
    public const int MaxPageSize = 100;

    public string? Text { get; init; }

    public IReadOnlyList<VendorKind> Sources { get; init; } = [];

    public int? DealershipId { get; init; }

    /// <summary>Only people with a myKaarma data request still open (not completed, not declined).</summary>
    public bool OpenDataRequestsOnly { get; init; }

    public CustomerSort Sort { get; init; }

    public SearchCursor? After { get; init; }

    public int PageSize { get; init; } = 25;
}

/// <summary>One page of people; <see cref="Next"/> is null on the last page.</summary>
public sealed record CustomerSearchResult(IReadOnlyList<CustomerSearchRow> Rows, SearchCursor? Next, SearchKind Kind)
{
    public static CustomerSearchResult Empty(SearchKind kind) => new([], null, kind);
}

/// <summary>One person: best name, the vendors holding them, their contacts, last activity.</summary>
public sealed record CustomerSearchRow(
    long PersonId,
    string DisplayName,
    int DealershipId,
    DateTimeOffset? LastActivityUtc,
    IReadOnlyList<VendorKind> Sources,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Phones);
