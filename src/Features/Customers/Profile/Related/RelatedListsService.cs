using Portal.Vendors;
using Portal.Vendors.Model;
using Portal.Vendors.Walcu;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.Features.Customers.Profile.Related;

/// <summary>
/// The customer page's related lists read live: vehicles (Walcu client vehicles and the stock cars of its sale
/// leads, myKaarma vehicles from the profile read) and Walcu leads. First page of each list.
/// </summary>
public sealed class RelatedListsService(ProfileHistoryService history)
{
    public async Task<RelatedList<VehicleRow>> VehiclesAsync(PersonView person, IReadOnlyList<LiveRead> reads, CancellationToken ct = default)
    {
        var rows = new List<VehicleRow>();
        var problems = new List<string>();
        foreach (var record in person.Records.Where(r => !r.Deleted))
        {
            var source = record.Snapshot.Source;
            var live = reads.FirstOrDefault(r => r.Source == source)?.Record ?? record.Snapshot;
            rows.AddRange(live.Vehicles.Select(v => Row(v, source.Vendor.DisplayName())));
            if (source.Vendor == VendorKind.Walcu && await history.AccessAsync(source, ct) is { } target)
            {
                await CollectAsync(problems, async () =>
                {
                    var walcu = (IWalcuClient)target.Client;
                    var owned = await walcu.ListClientVehiclesAsync(source.ExternalId, cancellationToken: ct);
                    var cars = await walcu.ListCarsAsync(source.ExternalId, cancellationToken: ct);
                    rows.AddRange(owned.Items.Select(v => Row(WalcuMapper.ToVehicle(v, source.ConnectionId), "Walcu client vehicle")));
                    rows.AddRange(cars.Items.Select(v => Row(WalcuMapper.ToVehicle(v, source.ConnectionId), "Walcu stock car (lead)")));
                });
            }
        }
        return new RelatedList<VehicleRow>(rows, problems);
    }

    public async Task<RelatedList<LeadRow>> LeadsAsync(PersonView person, CancellationToken ct = default)
    {
        var rows = new List<LeadRow>();
        var problems = new List<string>();
        foreach (var source in person.Records.Where(r => !r.Deleted).Select(r => r.Snapshot.Source).Where(s => s.Vendor == VendorKind.Walcu))
        {
            if (await history.AccessAsync(source, ct) is not { } target)
            {
                continue;
            }
            await CollectAsync(problems, async () =>
            {
                var walcu = (IWalcuClient)target.Client;
                rows.AddRange((await walcu.ListSaleLeadsAsync(source.ExternalId, cancellationToken: ct)).Items.Select(l => Lead(l, "Sale", source)).OfType<LeadRow>());
                rows.AddRange((await walcu.ListAfterSaleLeadsAsync(source.ExternalId, cancellationToken: ct)).Items.Select(l => Lead(l, "After-sale", source)).OfType<LeadRow>());
            });
        }
        return new RelatedList<LeadRow>(rows.OrderByDescending(r => r.CreatedUtc).ToList(), problems);
    }

    internal static VehicleRow Row(VehicleRecord v, string origin)
    {
        var (make, year) = VinDecoder.Decode(v.Vin);
        var decoded = (v.Make is null && make is not null) || (v.Year is null && year is not null);
        return new VehicleRow(v.Source, origin, v.Vin, v.Year ?? year, v.Make ?? make, v.Model, v.Trim, decoded);
    }

    private static LeadRow? Lead(WalcuLeadDto lead, string kind, SourceRef client) => string.IsNullOrWhiteSpace(lead.Id) ? null
        : new LeadRow(client with { ExternalId = lead.Id }, kind, lead.Status?.Status, lead.Type, lead.CreatedAt, lead.Origin?.Source);

    private static async Task CollectAsync(List<string> problems, Func<Task> read)
    {
        try
        {
            await read();
        }
        catch (VendorApiException e)
        {
            problems.Add(VendorProblems.Describe(e));
        }
    }
}
