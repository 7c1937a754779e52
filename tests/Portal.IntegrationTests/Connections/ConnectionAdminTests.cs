using Microsoft.EntityFrameworkCore;
using Portal.Features.Admin;
using Portal.Features.Audit;
using Portal.Features.Connections;
using Portal.Features.Connections.Admin;
using Portal.Features.Customers.Index;
using Portal.Features.Customers.Sync;
using Portal.IntegrationTests.Audit;
using Portal.IntegrationTests.Customers;
using Portal.IntegrationTests.Customers.Sync;
using Portal.Vendors;

namespace Portal.IntegrationTests.Connections;

/// <summary>The Connections admin service against the real database, audit log and sandbox emulators.</summary>
public sealed class ConnectionAdminTests(SyncHarness harness) : IClassFixture<SyncHarness>
{
    private const string Admin = "admin@sandbox.local";

    private PortalAppFactory Factory => harness.Factory;

    [Fact]
    public async Task Lifecycle_EachAction_IsAuditedAndNoCredentialIsEverWritten()
    {
        var dealership = await PortalData.DealershipAsync(Factory, "Lifecycle Motors");
        var id = await AsAdmin(s => s.CreateAsync(ConnectionInputs.Guardant(dealership, "Guardant lifecycle")));
        var edit = ConnectionInput.Existing(await RowAsync(id));
        edit.Name = "Guardant lifecycle (renamed)";
        await AsAdmin(s => s.UpdateAsync(id, edit));
        await AsAdmin(s => s.ReplaceSecretAsync(id, ConnectionInputs.GuardantSecret("guardant-rotated-key-1")));
        await AsAdmin(s => s.SetEnabledAsync(id, false));
        await AsAdmin(s => s.SetEnabledAsync(id, true));
        var tested = await Factory.AsAsync<ConnectionOperations, ConnectionTestResult>(Admin, s => s.TestAsync(id));
        await AsAdmin(s => s.DeleteAsync(id));

        var entries = await AuditEntries.WhereAsync(Factory, e => e.TargetType == AuditTargetTypes.Connection && e.TargetId == id.ToString());

        Assert.Equal(
            [AuditActions.ConnectionCreated, AuditActions.ConnectionUpdated, AuditActions.ConnectionSecretReplaced, AuditActions.ConnectionDisabled,
             AuditActions.ConnectionEnabled, AuditActions.ConnectionTested, AuditActions.ConnectionDeleted],
            entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal(dealership, e.DealershipId));
        Assert.Contains("Guardant lifecycle (renamed)", entries[1].Changes);
        Assert.Contains("apiKey", entries[2].Changes);
        Assert.False(tested.Succeeded, "the rotated key is not one the sandbox accepts");
        Assert.Equal(AuditOutcome.Failed, entries[5].Outcome);
        Assert.All(entries, e => Assert.DoesNotContain("guardant-rotated-key-1", e.Changes + e.Detail));
        Assert.All(entries, e => Assert.DoesNotContain(ConnectionInputs.GuardantKey, e.Changes + e.Detail));
    }

    [Fact]
    public async Task ReplaceSecret_NewKey_IsSealedAndUsedByTheNextCall()
    {
        var dealership = await PortalData.DealershipAsync(Factory, "Rotation Motors");
        var id = await AsAdmin(s => s.CreateAsync(ConnectionInputs.Guardant(dealership, "Guardant rotation", apiKey: "wrong-key")));
        var before = await TestAsync(id);

        await AsAdmin(s => s.ReplaceSecretAsync(id, ConnectionInputs.GuardantSecret(ConnectionInputs.GuardantKey)));
        var after = await TestAsync(id);

        Assert.False(before.Succeeded);
        Assert.Contains("Authorization is required", before.Message);
        Assert.True(after.Succeeded, after.Message);
        await using var db = await PortalData.DbAsync(Factory);
        Assert.DoesNotContain(ConnectionInputs.GuardantKey, (await db.Connections.SingleAsync(c => c.Id == id)).SealedSecrets);
    }

    [Fact]
    public async Task TestForm_UnsavedValues_RunTheRealCallWithoutSavingOrTouchingTheSavedHealth()
    {
        var dealership = await PortalData.DealershipAsync(Factory, "Trial Motors");
        var bad = ConnectionInputs.Guardant(dealership, "Guardant trial", apiKey: "not-the-key");
        var good = ConnectionInputs.Guardant(dealership, "Guardant trial");

        var refused = await Factory.AsAsync<ConnectionOperations, ConnectionTestResult>(Admin, s => s.TestAsync(null, bad));
        var passed = await Factory.AsAsync<ConnectionOperations, ConnectionTestResult>(Admin, s => s.TestAsync(null, good));

        Assert.Equal((false, VendorFailureKind.Unauthorized), (refused.Succeeded, refused.Failure));
        Assert.Contains("Authorization is required", refused.Message);
        Assert.True(passed.Succeeded, passed.Message);
        Assert.True(passed.Latency > TimeSpan.Zero);
        Assert.DoesNotContain(await AsAdmin(s => s.ListAsync()), r => r.Name == "Guardant trial");
    }

    [Theory]
    [InlineData("Drivly (sandbox)")]
    [InlineData("myKaarma (sandbox)")]
    [InlineData("Cova (sandbox)")]
    [InlineData("Walcu CRM (sandbox)")]
    [InlineData("Guardant (sandbox)")]
    public async Task TestSaved_EachConfiguredSandboxConnection_PassesAndItsHealthShowsTheCall(string name)
    {
        var row = (await AsAdmin(s => s.ListAsync())).Single(r => r.Name == name);

        var result = await TestAsync(row.Id);
        var status = await Factory.AsAsync<ConnectionOperations, IReadOnlyDictionary<int, ConnectionLiveStatus>>(Admin, s => s.StatusAsync([row.Id]));

        Assert.True(result.Succeeded, result.Message);
        var health = status[row.Id].Health;
        Assert.NotNull(health?.LastSuccessUtc);
        Assert.Equal("Closed", health?.BreakerState);
    }

    [Fact]
    public async Task TestForm_ExistingConnection_UsesTheStoredCredentialsWithTheTypedSettings()
    {
        var row = (await AsAdmin(s => s.ListAsync())).Single(r => r.Name == "Walcu CRM (sandbox)");
        var unchanged = ConnectionInput.Existing(row);
        var otherDealer = ConnectionInput.Existing(row);
        otherDealer.Settings.Single().Value = "0123456789abcdef01234567";

        var passed = await Factory.AsAsync<ConnectionOperations, ConnectionTestResult>(Admin, s => s.TestAsync(row.Id, unchanged));
        var failed = await Factory.AsAsync<ConnectionOperations, ConnectionTestResult>(Admin, s => s.TestAsync(row.Id, otherDealer));

        Assert.True(passed.Succeeded, passed.Message);
        Assert.False(failed.Succeeded);
        Assert.Equal("64f1c2a9e4b0a1b2c3d4e5f6", (await AsAdmin(s => s.ListAsync())).Single(r => r.Id == row.Id).Settings["dealerId"]);
    }

    [Fact]
    public async Task Create_InvalidVendorIds_IsRefusedByTheServerToo()
    {
        var dealership = await PortalData.DealershipAsync(Factory, "Validation Motors");
        var walcu = ConnectionInput.New(VendorKind.Walcu, dealership);
        walcu.Name = "Walcu bad";
        walcu.BaseUrl = "ftp://walcu.example/";
        walcu.Settings.Single().Value = "not-an-object-id";

        var refused = await Assert.ThrowsAsync<AdminRuleException>(() => AsAdmin(s => s.CreateAsync(walcu)));

        Assert.Contains("24 hexadecimal", refused.Message);
        Assert.Contains("http(s) URL", refused.Message);
        Assert.Contains("Enter the API key.", refused.Message);
    }

    [Fact]
    public async Task Delete_SyncedConnection_ToldWhatDependsThenRecordsLeaveSearchAndRunsStay()
    {
        var dealership = await PortalData.DealershipAsync(Factory, "Delete Motors");
        var id = await AsAdmin(s => s.CreateAsync(ConnectionInputs.Guardant(dealership, "Guardant to delete")));
        var run = await harness.Runner.RunAsync(id, SyncRunner.Manual, CancellationToken.None);
        Assert.Equal(SyncRunStatus.Succeeded, run?.Status);

        var dependents = await AsAdmin(s => s.DependentsAsync(id));
        await AsAdmin(s => s.DeleteAsync(id));

        Assert.True(dependents.IndexedCustomers > 0);
        Assert.Equal(1, dependents.SyncRuns);
        Assert.Contains($"{dependents.IndexedCustomers} indexed customer record(s)", dependents.Describe());
        await using var db = await PortalData.DbAsync(Factory);
        Assert.False(await db.Connections.AnyAsync(c => c.Id == id));
        Assert.Equal(dependents.IndexedCustomers, await db.Set<IndexedCustomer>().CountAsync(c => c.ConnectionId == id && c.Deleted));
        Assert.False(await db.Set<IndexedCustomer>().AnyAsync(c => c.ConnectionId == id && !c.Deleted));
        Assert.Equal(1, await db.Set<SyncRun>().CountAsync(r => r.ConnectionId == id));
        Assert.False(await db.Set<SyncCheckpoint>().AnyAsync(c => c.ConnectionId == id));
    }

    [Fact]
    public async Task Create_SameNameInTheDealership_IsRefusedWithASentence()
    {
        var dealership = await PortalData.DealershipAsync(Factory, "Twin Motors");
        await AsAdmin(s => s.CreateAsync(ConnectionInputs.Guardant(dealership, "Guardant twin")));

        var refused = await Assert.ThrowsAsync<AdminRuleException>(() => AsAdmin(s => s.CreateAsync(ConnectionInputs.Guardant(dealership, "guardant TWIN"))));

        Assert.Contains("already has a connection named", refused.Message);
    }

    private async Task<ConnectionRow> RowAsync(int id) => (await AsAdmin(s => s.ListAsync())).Single(r => r.Id == id);

    private Task<ConnectionTestResult> TestAsync(int id) => Factory.AsAsync<ConnectionOperations, ConnectionTestResult>(Admin, s => s.TestAsync(id));

    private Task<T> AsAdmin<T>(Func<ConnectionAdminService, Task<T>> act) => Factory.AsAsync(Admin, act);

    private Task AsAdmin(Func<ConnectionAdminService, Task> act) => Factory.AsAsync(Admin, act);
}
