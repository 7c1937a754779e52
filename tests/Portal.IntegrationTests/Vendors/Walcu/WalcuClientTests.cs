using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Portal.Sandbox.People;
using Portal.Vendors;
using Portal.Vendors.Http;
using Portal.Vendors.Model;
using Portal.Vendors.Walcu;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.IntegrationTests.Vendors.Walcu;

/// <summary>The Walcu client against the sandbox over loopback, through the declared sandbox connection.</summary>
public sealed class WalcuClientTests(SharedPortal portal) : IClassFixture<SharedPortal>
{
    private readonly SandboxControl _sandbox = new(portal.Factory);

    private SandboxPopulation Population => portal.Factory.Services.GetRequiredService<SandboxPopulation>();

    [Fact]
    public async Task TestConnection_SandboxConnection_Succeeds()
    {
        var result = await (await ClientAsync()).TestConnectionAsync();

        Assert.True(result.Succeeded, result.Message);
    }

    [Fact]
    public async Task AllClients_SmallPages_WalksToTheEndOnce()
    {
        var client = await ClientAsync();

        var ids = await client.AllClientsAsync(new WalcuListQuery(Limit: 25, Project: ["_id"])).Select(c => c.Id).ToListAsync();

        Assert.Equal(Enumerable.Range(0, Population.Size).Count(i => Population.Holds(i, SandboxVendor.Walcu)), ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task SearchAndGet_KnownClient_MapToACustomerRecord()
    {
        var client = await ClientAsync();
        var first = (await client.ListClientsAsync(new WalcuListQuery(Skip: 30, Limit: 1))).Items.Single();
        var name = first.PrimaryContact?.Name?.LastName ?? "";

        var found = await Paging.AllAsync((next, ct) => client.SearchClientsAsync(name, next, 20, ct)).ToListAsync();
        var read = await client.GetClientAsync(first.Id ?? "");
        var customer = read is null ? null : WalcuMapper.ToCustomer(read, 1);

        Assert.Contains(found, c => c.Id == first.Id);
        Assert.Equal(JsonSerializer.Serialize(first, VendorJson.Options), JsonSerializer.Serialize(read, VendorJson.Options));
        Assert.Equal(name, customer?.LastName);
        Assert.All(customer?.Phones ?? [], p => Assert.Matches(@"^\+1\d{10}$", p));
        Assert.Equal(first.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture), customer?.VersionToken);
    }

    [Fact]
    public async Task GetClient_UnknownId_IsNull() =>
        Assert.Null(await (await ClientAsync()).GetClientAsync("000000000000000000000000"));

    [Fact]
    public async Task PatchClient_OneField_ChangesOnlyThatFieldAndBumpsVersion()
    {
        var client = await ClientAsync();
        var before = await ReadAsync(client, 40);
        var after = before with { PrimaryContact = before.PrimaryContact! with { Emails = ["patched.client@example.net"] } };

        var answered = await client.PatchClientAsync(before, after);
        var reread = await client.GetClientAsync(before.Id ?? "");

        Assert.NotNull(reread);
        Assert.Equal(["patched.client@example.net"], reread.PrimaryContact?.Emails);
        Assert.Equal(before.Version + 1, reread.Version);
        Assert.True(reread.UpdatedAt > before.UpdatedAt);
        Assert.Equal(Unchanged(before), Unchanged(reread));
        Assert.Equal(JsonSerializer.Serialize(answered, VendorJson.Options), JsonSerializer.Serialize(reread, VendorJson.Options));
        var patches = (await _sandbox.RequestsAsync("walcu")).Count(r => r.Method == "PATCH" && r.Path.Contains(before.Id ?? "?", StringComparison.Ordinal));
        Assert.Equal(1, patches);
    }

    [Fact]
    public async Task PatchClient_SomeoneElseChangedIt_IsRejectedAsConflict()
    {
        var client = await ClientAsync();
        var before = await ReadAsync(client, 41);
        await client.PatchClientAsync(before, before with { PinnedNoteId = "note-1" });

        var error = await Assert.ThrowsAsync<VendorApiException>(() => client.PatchClientAsync(before, before with { PinnedNoteId = "note-2" }));

        Assert.Equal((VendorFailureKind.Rejected, "conflict"), (error.Kind, error.ErrorCode));
        Assert.Equal("note-1", (await client.GetClientAsync(before.Id ?? ""))?.PinnedNoteId);
    }

    [Fact]
    public async Task ReplaceAndDelete_Client_ReplacesThenRemoves()
    {
        var client = await ClientAsync();
        var before = await ReadAsync(client, 42);

        var replaced = await client.ReplaceClientAsync(before with { Address = null, ForeignIds = ["dms:1"] });
        await client.DeleteClientAsync(before.Id ?? "");

        Assert.Null(replaced.Address);
        Assert.Equal(["dms:1"], replaced.ForeignIds);
        Assert.Equal(before.PrimaryContact?.Name, replaced.PrimaryContact?.Name);
        Assert.Null(await client.GetClientAsync(before.Id ?? ""));
        Assert.Equal(VendorFailureKind.NotFound, (await Assert.ThrowsAsync<VendorApiException>(() => client.DeleteClientAsync(before.Id ?? ""))).Kind);
    }

    [Fact]
    public async Task RelatedLists_ClientWithLeads_ReturnItsRecordsOnly()
    {
        var client = await ClientAsync();
        var owner = await FirstAsync(client, async c => (await client.ListSaleLeadsAsync(c)).Items.Count > 0 && (await client.ListRepairOrdersAsync(c)).Items.Count > 0);

        var leads = (await client.ListSaleLeadsAsync(owner)).Items;
        var cars = (await client.ListCarsAsync(owner)).Items;
        var vehicles = (await client.ListClientVehiclesAsync(owner)).Items;
        var orders = (await client.ListRepairOrdersAsync(owner)).Items;
        var offers = (await client.ListOffersAsync(owner)).Items;
        var contacts = (await client.ListContactsAsync(owner)).Items;
        var afterSale = (await client.ListAfterSaleLeadsAsync(owner)).Items;

        Assert.Equal(leads.SelectMany(l => l.CarList ?? []).Select(i => i.CarId).Order(), cars.Select(c => c.Id).Order());
        Assert.All(cars.Select(c => WalcuMapper.ToVehicle(c, 1)), v => Assert.NotNull(v.Vin));
        Assert.All(orders, o => Assert.Contains(vehicles, v => v.Vin == o.CarInfo?.Vin));
        Assert.All(orders.Select(o => WalcuMapper.ToOrder(o, 1)), o => Assert.Equal(owner, o?.Customer?.ExternalId));
        Assert.All(offers, o => Assert.Contains(leads, l => l.Id == o.LeadId));
        Assert.All(afterSale, l => Assert.Contains(vehicles, v => v.Id == l.VehicleId));
        Assert.Equal(owner, Assert.Single(contacts).ClientId);
    }

    [Fact]
    public async Task ModifiedSince_AfterAWrite_YieldsChangedClientsOldestFirstWithTheWriteLast()
    {
        var client = await ClientAsync();
        var since = Population.ModifiedAt(150, SandboxVendor.Walcu);
        var written = await ReadAsync(client, 3);
        await client.PatchClientAsync(written, written with { PinnedNoteId = "sync-note" });

        var changed = await client.ListClientsModifiedSinceAsync(since).ToListAsync();

        Assert.All(changed, c => Assert.True(c.UpdatedAt >= since));
        Assert.Equal(changed.Select(c => c.UpdatedAt).Order(), changed.Select(c => c.UpdatedAt));
        Assert.Equal(written.Id, changed[^1].Id);
        var first = Population.FirstIndexModifiedAtOrAfter(since, SandboxVendor.Walcu);
        var generated = Enumerable.Range(first, Population.Size - first).Count(i => Population.Holds(i, SandboxVendor.Walcu));
        Assert.InRange(changed.Count, generated - 2, generated + 10); // other tests of this class write and delete clients too
    }

    private async Task<IWalcuClient> ClientAsync() => await _sandbox.ClientAsync<IWalcuClient>(VendorKind.Walcu);

    private static async Task<WalcuClientDto> ReadAsync(IWalcuClient client, int skip) =>
        (await client.ListClientsAsync(new WalcuListQuery(Skip: skip, Limit: 1))).Items.Single();

    private static async Task<string> FirstAsync(IWalcuClient client, Func<string, Task<bool>> test)
    {
        await foreach (var c in client.AllClientsAsync(new WalcuListQuery(Limit: 100, Project: ["_id"])))
        {
            if (c.Id is { } id && await test(id))
            {
                return id;
            }
        }
        throw new InvalidOperationException("No such client in the sandbox.");
    }

    // Everything but what the patch touched and what Walcu bumps on every write.
    private static string Unchanged(WalcuClientDto c) => JsonSerializer.Serialize(
        c with { PrimaryContact = null, Contacts = null, ContactsEmails = null, Version = null, UpdatedAt = null, UpdatedBy = null }, VendorJson.Options);
}
