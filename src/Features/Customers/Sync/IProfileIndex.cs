using Portal.Features.Connections;
using Portal.Vendors.MyKaarma;

namespace Portal.Features.Customers.Sync;

/// <summary>Indexes a myKaarma profile the moment a feature has fetched it (myKaarma has no listing to sync from).</summary>
public interface IProfileIndex
{
    /// <summary>Upserts the profile's customer into the index and links it; false when the profile names no customer.</summary>
    Task<bool> UpsertProfileAsync(ResolvedConnection connection, MyKaarmaProfileData profile, CancellationToken ct = default);
}
