using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Connections;
using Portal.Features.Customers.Index;
using Portal.Features.Customers.Sync;
using Portal.Vendors;
using Portal.Vendors.Drivly;
using Portal.Vendors.Guardant;
using Portal.Vendors.MyKaarma;
using Portal.Vendors.Walcu;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.IntegrationTests.Customers.Sync;

/// <summary>Changes made in the emulators (through the vendor API, or a sandbox-only control) reach the index at the next run.</summary>
public sealed class SyncChangeTests(SyncHarness harness) : IClassFixture<SyncHarness>
{
    [Fact]
    public async Task Run_WalcuClientPatchedThroughTheApi_ChangeAppearsAfterNextRun()
    {
        await harness.RunAsync(VendorKind.Walcu);
        var client = await harness.Sandbox.ClientAsync<IWalcuClient>(VendorKind.Walcu);
        var id = (await harness.RowsAsync(VendorKind.Walcu)).OrderBy(r => r.Id).First().ExternalId;
        var before = await client.GetClientAsync(id) ?? throw new InvalidOperationException("No such client.");
        var contact = before.PrimaryContact ?? throw new InvalidOperationException("No primary contact.");
        var renamed = contact with { Name = (contact.Name ?? new WalcuPersonNameDto()) with { LastName = "Walcuchanged" } };
        await client.PatchClientAsync(before, before with { PrimaryContact = renamed, Contacts = [renamed] });

        var run = await harness.RunAsync(VendorKind.Walcu);

        Assert.True(run.Written >= 1);
        Assert.Equal("Walcuchanged", (await harness.RowsAsync(VendorKind.Walcu)).Single(r => r.ExternalId == id).LastName);
    }

    [Fact]
    public async Task Run_WalcuClientDeletedThroughTheApi_IsMarkedDeletedAndRelinkedAfterNextRun()
    {
        await harness.RunAsync(VendorKind.Walcu);
        var client = await harness.Sandbox.ClientAsync<IWalcuClient>(VendorKind.Walcu);
        var id = (await harness.RowsAsync(VendorKind.Walcu)).Where(r => !r.Deleted).OrderByDescending(r => r.Id).First().ExternalId;
        await client.DeleteClientAsync(id);

        var run = await harness.RunAsync(VendorKind.Walcu);

        var row = (await harness.RowsAsync(VendorKind.Walcu)).Single(r => r.ExternalId == id);
        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        Assert.True(row.Deleted);
        Assert.False(row.LinkPending); // linking looked at it again, so its person's summary follows
        Assert.Equal(0, (await harness.RunAsync(VendorKind.Walcu)).Written);
    }

    [Fact]
    public async Task Run_RecordActivityMoves_PersonLastActivityFollows()
    {
        await harness.RunAsync(VendorKind.Drivly);
        var client = await harness.Sandbox.ClientAsync<IDrivlyClient>(VendorKind.Drivly);
        var before = (await harness.RowsAsync(VendorKind.Drivly)).OrderBy(r => r.Id).Skip(1).First();
        await client.UpdateContactAsync(before.ExternalId, new DrivlyContactChanges { Phone = "+13125550199" });

        await harness.RunAsync(VendorKind.Drivly);

        var row = (await harness.RowsAsync(VendorKind.Drivly)).Single(r => r.Id == before.Id);
        await using var db = await harness.DbAsync();
        var person = await db.Set<Person>().SingleAsync(p => p.Id == row.PersonId);
        Assert.True(row.LastModifiedUtc > before.LastModifiedUtc);
        Assert.Equal(row.LastModifiedUtc, person.LastActivityUtc);
    }

    [Fact]
    public async Task Run_DrivlyContactUpdatedThroughTheApi_ChangeAppearsAfterNextRun()
    {
        await harness.RunAsync(VendorKind.Drivly);
        var client = await harness.Sandbox.ClientAsync<IDrivlyClient>(VendorKind.Drivly);
        var id = (await harness.RowsAsync(VendorKind.Drivly)).OrderBy(r => r.Id).First().ExternalId;
        await client.UpdateContactAsync(id, new DrivlyContactChanges { Email = "drivly.changed@example.com" });

        var run = await harness.RunAsync(VendorKind.Drivly);

        Assert.Equal(1, run.Written);
        Assert.Equal("drivly.changed@example.com", (await harness.RowsAsync(VendorKind.Drivly)).Single(r => r.ExternalId == id).Emails);
    }

    [Fact]
    public async Task Run_CovaCustomerDisabledThroughTheSandboxControl_IsReflectedAfterNextRun()
    {
        var first = await harness.RunAsync(VendorKind.Cova);
        Assert.True(first.Status == SyncRunStatus.Succeeded, first.LastError);
        var id = (await harness.RowsAsync(VendorKind.Cova)).Where(r => !r.Disabled).OrderBy(r => r.Id).First().ExternalId;
        (await harness.Sandbox.Raw.PatchAsJsonAsync($"sandbox/cova/_sandbox/customers/{id}", new { Disabled = true, FamilyName = "Covachanged" }))
            .EnsureSuccessStatusCode();

        var run = await harness.RunAsync(VendorKind.Cova);

        var row = (await harness.RowsAsync(VendorKind.Cova)).Single(r => r.ExternalId == id);
        Assert.Equal(SyncRunStatus.Succeeded, run.Status);
        Assert.True(row.Disabled);
        Assert.Equal("Covachanged", row.LastName);
    }

    [Fact]
    public async Task Run_GuardantCustomerChangedAndAnotherDeleted_BothAreReflectedAfterNextRun()
    {
        await harness.RunAsync(VendorKind.Guardant);
        var client = await harness.Sandbox.ClientAsync<IGuardantClient>(VendorKind.Guardant);
        var rows = (await harness.RowsAsync(VendorKind.Guardant)).OrderBy(r => r.Id).ToList();
        var (changed, deleted) = (long.Parse(rows[0].ExternalId), long.Parse(rows[1].ExternalId));
        await client.UpdateCustomerAsync(changed, new GuardantCustomerChanges { LastName = "Guardantchanged" });
        await client.DeleteCustomerAsync(deleted);

        var run = await harness.RunAsync(VendorKind.Guardant);

        var after = await harness.RowsAsync(VendorKind.Guardant);
        Assert.Equal(2, run.Written);
        Assert.Equal("Guardantchanged", after.Single(r => r.ExternalId == rows[0].ExternalId).LastName);
        Assert.True(after.Single(r => r.ExternalId == rows[1].ExternalId).Deleted);
        Assert.Equal(0, (await harness.RunAsync(VendorKind.Guardant)).Written);
    }

    [Fact]
    public async Task UpsertProfile_ProfileFetchedByAnotherFeature_IsIndexedAndLinked()
    {
        var connection = await harness.Factory.Services.GetRequiredService<ConnectionCatalog>().GetAsync(await harness.ConnectionIdAsync(VendorKind.MyKaarma))
            ?? throw new InvalidOperationException("No myKaarma connection.");
        var client = await harness.Sandbox.ClientAsync<IMyKaarmaClient>(VendorKind.MyKaarma);
        var department = client.Departments[0];
        var token = (await client.ListOpenRequestTokensAsync(department)).Items.Select(r => r.CustomerProfileViewRequestToken).OfType<string>().First();
        var profile = await client.GetCustomerProfileAsync(department, token) ?? throw new InvalidOperationException("No profile.");

        Assert.True(await harness.Factory.Services.GetRequiredService<IProfileIndex>().UpsertProfileAsync(connection, profile));

        var row = Assert.Single(await harness.RowsAsync(VendorKind.MyKaarma), r => r.ExternalId == profile.CustomerInfo?.Uuid);
        Assert.False(row.LinkPending);
    }
}
