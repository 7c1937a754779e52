using Portal.Features.Audit;
using Portal.Features.Customers.Profile;
using Portal.Features.Customers.Profile.Editing;
using Portal.Sandbox;
using Portal.Vendors;
using Portal.Vendors.Guardant;
using Portal.Vendors.Walcu;
using Portal.Vendors.Walcu.Dtos;

namespace Portal.IntegrationTests.Customers.Profile;

/// <summary>Edits with write-back against the sandbox emulators over loopback, faults injected where a test needs them.</summary>
public sealed class ProfileEditTests(ProfilePortal portal) : IClassFixture<ProfilePortal>
{
    [Fact]
    public async Task Save_Guardant_ChangesOnlyTheEmail_UpdatesTheIndexAndAuditsMasked()
    {
        var (client, before) = await GuardantCustomerAsync();
        var snapshot = await portal.StartAsync(GuardantMapper.CustomerRef(client.Connection.Id, before.Id));

        var result = await portal.SaveAsync(snapshot, (ProfileFields.Email, "edited.once@example.com"));

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        var after = await client.GetCustomerAsync(before.Id);
        Assert.Equal(before with { Email = "edited.once@example.com" }, after);
        Assert.Contains("edited.once@example.com", result.Current?.Record.Emails ?? []);
        var entry = Assert.Single(await portal.AuditAsync(snapshot.Record.Source), e => e.Action == AuditActions.CustomerUpdated);
        Assert.Equal(AuditOutcome.Succeeded, entry.Outcome);
        Assert.Contains("e•••@example.com", entry.Changes);
        Assert.DoesNotContain("edited.once", entry.Changes);
        await using var db = await PortalData.DbAsync(portal.Factory);
        var key = snapshot.Record.Source.ToString();
        Assert.Contains("edited.once@example.com", db.Set<Portal.Features.Customers.Index.IndexedCustomer>().Single(c => c.SourceRef == key).Emails);
    }

    [Fact]
    public async Task Save_Walcu_PatchesOnlyTheChangedPath()
    {
        var (client, before) = await WalcuClientAsync();
        var snapshot = await portal.StartAsync(new(VendorKind.Walcu, client.Connection.Id, before.Id ?? ""));

        var result = await portal.SaveAsync(snapshot, (ProfileFields.City, "Springfield Edited"));

        Assert.Equal(EditOutcome.Saved, result.Outcome);
        var after = await client.GetClientAsync(before.Id ?? "") ?? throw new InvalidOperationException("gone");
        Assert.Equal("Springfield Edited", after.Address?.Locality);
        Assert.Equal(before.Version + 1, after.Version);
        Assert.Equal(Json(before.PrimaryContact), Json(after.PrimaryContact));
        Assert.Equal(Json(before.Contacts), Json(after.Contacts));
        Assert.NotNull(before.Address);
        Assert.Equal(before.Address with { Locality = "Springfield Edited" }, after.Address);
    }

    [Fact]
    public async Task Save_ChangedInTheEmulatorMeanwhile_ShowsTheConflictAndWritesNothing()
    {
        var (client, before) = await GuardantCustomerAsync();
        var snapshot = await portal.StartAsync(GuardantMapper.CustomerRef(client.Connection.Id, before.Id));
        await client.UpdateCustomerAsync(before.Id, new GuardantCustomerChanges { Email = "theirs@example.com" });
        await portal.Sandbox.ClearRequestsAsync("guardant");

        var result = await portal.SaveAsync(snapshot, (ProfileFields.Email, "mine@example.com"));

        Assert.Equal(EditOutcome.Conflict, result.Outcome);
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal((ProfileFields.Email, before.Email, "theirs@example.com", "mine@example.com"), (conflict.Key, conflict.StartedFrom, conflict.Theirs, conflict.Mine));
        Assert.Equal(0, await portal.CountAsync("guardant", "PUT"));
        Assert.Equal("theirs@example.com", (await client.GetCustomerAsync(before.Id))?.Email);
    }

    [Fact]
    public async Task Save_WalcuVersionMovedOnAnotherField_VendorRefusesAndTheConflictIsShown()
    {
        var (client, before) = await WalcuClientAsync();
        var snapshot = await portal.StartAsync(new(VendorKind.Walcu, client.Connection.Id, before.Id ?? ""));
        await client.PatchClientAsync(before, before with { Address = (before.Address ?? new WalcuAddressDto()) with { PostalCode = "99999" } });

        var result = await portal.SaveAsync(snapshot, (ProfileFields.City, "Mine City"));

        Assert.Equal(EditOutcome.Conflict, result.Outcome);
        Assert.Contains(result.Conflicts, c => c.Key == ProfileFields.PostalCode && c.Theirs == "99999");
        var after = await client.GetClientAsync(before.Id ?? "");
        Assert.Equal(before.Address?.Locality, after?.Address?.Locality);
        Assert.Equal(before.Version + 1, after?.Version);
    }

    [Fact]
    public async Task Save_VendorAnswers500_ReportsTheVendorAndChangesNothing()
    {
        var (client, before) = await GuardantCustomerAsync();
        var snapshot = await portal.StartAsync(GuardantMapper.CustomerRef(client.Connection.Id, before.Id));
        await portal.Sandbox.SetFaultsAsync("guardant", new FaultSettings { ErrorRate = 1, ErrorStatus = 500, Method = "PUT" });
        try
        {
            var result = await portal.SaveAsync(snapshot, (ProfileFields.LastName, "Refused"));

            Assert.Equal(EditOutcome.Failed, result.Outcome);
            Assert.Contains("Guardant", result.Message);
            Assert.Contains("server error (HTTP 500)", result.Message);
        }
        finally
        {
            await portal.Sandbox.ClearFaultsAsync("guardant");
        }
        Assert.Equal(before, await client.GetCustomerAsync(before.Id));
        Assert.Contains(await portal.AuditAsync(snapshot.Record.Source), e => e.Action == AuditActions.CustomerUpdated && e.Outcome == AuditOutcome.Failed);
    }

    [Fact]
    public async Task Save_TimeoutAfterTheEmulatorApplied_IsSettledByReadingWithoutASecondWrite()
    {
        var (client, before) = await GuardantCustomerAsync();
        var snapshot = await portal.StartAsync(GuardantMapper.CustomerRef(client.Connection.Id, before.Id));
        await portal.Sandbox.ClearRequestsAsync("guardant");
        await portal.Sandbox.SetFaultsAsync("guardant", new FaultSettings { HangRate = 1, AfterHandler = true, Method = "PUT", Count = 1 });
        try
        {
            var result = await portal.SaveAsync(snapshot, (ProfileFields.Phone, "(555) 010-2233"));

            Assert.Equal(EditOutcome.Saved, result.Outcome);
            Assert.True(result.Reconciled);
            Assert.Equal(1, await portal.CountAsync("guardant", "PUT"));
            Assert.Equal("(555) 010-2233", (await client.GetCustomerAsync(before.Id))?.Phone);
        }
        finally
        {
            await portal.Sandbox.ClearFaultsAsync("guardant");
        }
    }

    [Fact]
    public async Task Save_InvalidEmail_IsRefusedBeforeAnyWrite()
    {
        var (client, before) = await GuardantCustomerAsync();
        var snapshot = await portal.StartAsync(GuardantMapper.CustomerRef(client.Connection.Id, before.Id));
        await portal.Sandbox.ClearRequestsAsync("guardant");

        var result = await portal.SaveAsync(snapshot, (ProfileFields.Email, "not an email"));

        Assert.Equal(EditOutcome.Invalid, result.Outcome);
        Assert.True(result.Errors.ContainsKey(ProfileFields.Email));
        Assert.Equal(0, await portal.CountAsync("guardant", "PUT"));
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);

    private async Task<(IGuardantClient Client, GuardantCustomer Customer)> GuardantCustomerAsync()
    {
        var client = await portal.Sandbox.ClientAsync<IGuardantClient>(VendorKind.Guardant);
        var page = await client.ListCustomersAsync(new GuardantCustomerQuery { Limit = 50, Archived = false });
        var customer = page.Items[portal.Take()];
        await portal.IndexAsync(GuardantMapper.ToCustomer(customer, client.Connection.Id));
        return (client, customer);
    }

    private async Task<(IWalcuClient Client, WalcuClientDto Customer)> WalcuClientAsync()
    {
        var client = await portal.Sandbox.ClientAsync<IWalcuClient>(VendorKind.Walcu);
        var page = await client.ListClientsAsync(new WalcuListQuery(Limit: 50));
        var customer = page.Items.Where(c => c.PrimaryContact is not null && c.Address is not null).ElementAt(portal.Take());
        await portal.IndexAsync(WalcuMapper.ToCustomer(customer, client.Connection.Id) ?? throw new InvalidOperationException("no id"));
        return (client, customer);
    }
}
