using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Search.Live;

/// <summary>A vendor whose API can look customers up, for the live fan-out. One per vendor, registered in DI.</summary>
public interface ILiveSearchSource
{
    VendorKind Vendor { get; }

    /// <summary>How this vendor is asked, in a few words, for the page ("Walcu search", "Guardant list + filter").</summary>
    string Method { get; }

    /// <summary>Customers matching the query; the client builds the vendor query (never raw text in a query language).</summary>
    Task<IReadOnlyList<CustomerRecord>> SearchAsync(IVendorClient client, LiveQuery query, CancellationToken cancellationToken);
}

/// <summary>One source's answer: its customers, or why it has none (timeout, refusal...).</summary>
public sealed record LiveSourceAnswer(string ConnectionName, VendorKind Vendor, string Method, TimeSpan Elapsed)
{
    public IReadOnlyList<LiveCustomer> Customers { get; init; } = [];

    /// <summary>Null when the source answered; otherwise a reason fit to show.</summary>
    public string? Problem { get; init; }

    public bool Succeeded => Problem is null;
}

/// <summary>A customer as a vendor returned it live; <see cref="PersonId"/> when the index already knows the record.</summary>
public sealed record LiveCustomer(SourceRef Source, string DisplayName, IReadOnlyList<string> Emails, IReadOnlyList<string> Phones, long? PersonId);
