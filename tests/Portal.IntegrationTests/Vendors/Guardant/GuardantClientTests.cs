using Portal.Sandbox;
using Portal.Sandbox.Guardant;
using Portal.Vendors;
using Portal.Vendors.Guardant;

namespace Portal.IntegrationTests.Vendors.Guardant;

public sealed class GuardantClientTests(VendorTestPortal portal)
    : VendorClientTests<IGuardantClient>(portal, VendorKind.Guardant), IClassFixture<VendorTestPortal>
{
    [Fact]
    public async Task AllCustomersAsync_SmallPages_SameCustomersInOrderAsOneBigPage()
    {
        var client = await ClientAsync();

        var walked = await client.AllCustomersAsync(new GuardantCustomerQuery { Sort = GuardantCustomerSort.Name, Limit = 7 }).ToListAsync();
        var whole = await client.ListCustomersAsync(new GuardantCustomerQuery { Sort = GuardantCustomerSort.Name, Limit = 1000 });

        Assert.True(walked.Count > 20);
        Assert.Equal(whole.Items.Select(c => c.Id), walked.Select(c => c.Id));
        Assert.Null(whole.Next);
    }

    [Fact]
    public async Task ListCustomersAsync_TypeAndArchived_OnlyMatchingCustomers()
    {
        var client = await ClientAsync();

        var companies = await client.AllCustomersAsync(new GuardantCustomerQuery { Type = GuardantCustomerType.Company }).ToListAsync();
        var archived = await client.AllCustomersAsync(new GuardantCustomerQuery { Archived = true }).ToListAsync();

        Assert.NotEmpty(companies);
        Assert.All(companies, c => Assert.NotEqual("", c.CompanyName));
        Assert.All(archived, c => Assert.True(c.Archived && c.ArchivationDate > 0));
    }

    [Fact]
    public async Task UpdateCustomerAsync_OnlyEmail_EveryOtherFieldAsItWas()
    {
        var client = await ClientAsync();
        var before = (await client.ListCustomersAsync(new GuardantCustomerQuery { Type = GuardantCustomerType.Company, Limit = 1 })).Items[0];

        var answered = await client.UpdateCustomerAsync(before.Id, new GuardantCustomerChanges { Email = "changed.email@example.com" }, before);
        var after = await client.GetCustomerAsync(before.Id);

        Assert.Equal(before with { Email = "changed.email@example.com" }, after);
        Assert.Equal(after, answered);
        Assert.Equal(1, (await Portal.Sandbox.RequestsAsync(Vendor)).Count(r => r.Method == "PUT"));
    }

    [Fact]
    public async Task UpdateCustomerAsync_FieldChangedSinceOpened_ConflictAndNothingWritten()
    {
        var client = await ClientAsync();
        var current = (await client.ListCustomersAsync(new GuardantCustomerQuery { Offset = 3, Limit = 1 })).Items[0];
        var stale = current with { Phone = "000-000-0000" };

        var ex = await Assert.ThrowsAsync<VendorApiException>(() =>
            client.UpdateCustomerAsync(current.Id, new GuardantCustomerChanges { Phone = "212-555-0100", Description = "x" }, stale));

        Assert.Equal(VendorFailureKind.Conflict, ex.Kind);
        Assert.Equal(["phone"], ex.ConflictingFields);
        Assert.DoesNotContain(await Portal.Sandbox.RequestsAsync(Vendor), r => r.Method == "PUT");
        Assert.Equal(current, await client.GetCustomerAsync(current.Id));
    }

    [Fact]
    public async Task UpdateCustomerAsync_AnswerLostAfterTheWrite_OutcomeUnknownButApplied()
    {
        var client = await ClientAsync();
        var before = (await client.ListCustomersAsync(new GuardantCustomerQuery { Offset = 5, Limit = 1 })).Items[0];
        await Portal.Sandbox.SetFaultsAsync(Vendor, new FaultSettings { DropRate = 1, AfterHandler = true, Method = "PUT", Count = 1 });

        var ex = await Assert.ThrowsAsync<VendorApiException>(() =>
            client.UpdateCustomerAsync(before.Id, new GuardantCustomerChanges { Description = "written while the line dropped" }));

        Assert.Equal(VendorFailureKind.OutcomeUnknown, ex.Kind);
        Assert.Equal(1, (await Portal.Sandbox.RequestsAsync(Vendor)).Count(r => r.Method == "PUT")); // never retried
        Assert.Equal(before with { Description = "written while the line dropped" }, await client.GetCustomerAsync(before.Id));
    }

    [Fact]
    public async Task CreateThenDelete_RoundTrip_GoneAfterwards()
    {
        var client = await ClientAsync();

        var created = await client.CreateCustomerAsync(new GuardantCustomerWrite { CustomerName = "Ana", CustomerLastName = "Núñez-O'Brien", CustomerEmail = "ana@example.com" });
        var read = await client.GetCustomerAsync(created.Id);
        await client.DeleteCustomerAsync(created.Id);

        Assert.Equal(created, read);
        Assert.Equal(("Ana", "Núñez-O'Brien", ""), (created.Name, created.LastName, created.Phone));
        Assert.Null(await client.GetCustomerAsync(created.Id));
        Assert.Equal(VendorFailureKind.NotFound, (await Assert.ThrowsAsync<VendorApiException>(() => client.DeleteCustomerAsync(created.Id))).Kind);
    }

    [Fact]
    public async Task AllOrdersAsync_StatusesAndSort_OnlyThoseStatusesBySubmitDate()
    {
        var client = await ClientAsync();
        var customers = await client.AllCustomersAsync().Take(40).ToListAsync();
        var orders = new List<GuardantOrder>();
        foreach (var customer in customers)
        {
            orders.AddRange(await client.AllOrdersAsync(customer.Id, new GuardantOrderQuery
            {
                Statuses = [GuardantOrderStatus.Submit, GuardantOrderStatus.Revoked], Sort = GuardantOrderSort.SubmitDate, Descending = true, Limit = 2,
            }).ToListAsync());
        }

        Assert.NotEmpty(orders);
        Assert.All(orders, o => Assert.True(o.Status is 1 or 2 && o.SubmitDate > 0));
        Assert.Null(await client.GetCustomerAsync(999_999));
    }

    [Fact]
    public async Task AnyCall_CredentialsExpired_UnauthorizedOnceWithoutRetry()
    {
        var client = await ClientAsync();
        await Portal.Sandbox.SetFaultsAsync(Vendor, new FaultSettings { ExpireCredentials = true, Count = 3 });

        var ex = await Assert.ThrowsAsync<VendorApiException>(() => client.GetCustomerAsync(1));

        Assert.Equal(VendorFailureKind.Unauthorized, ex.Kind);
        Assert.Equal("unauthorized", ex.ErrorCode);
        Assert.Equal(1, await Portal.AttemptsAsync(Vendor, "customers"));
        await Portal.Sandbox.ClearFaultsAsync(Vendor);
    }

    [Fact]
    public async Task Calls_IncludingFailures_NeverLogTheApiKey()
    {
        var client = await ClientAsync();
        await client.TestConnectionAsync();
        await Portal.Sandbox.SetFaultsAsync(Vendor, new FaultSettings { ExpireCredentials = true, Count = 1 });
        var ex = await Assert.ThrowsAsync<VendorApiException>(() => client.ListCustomersAsync(new GuardantCustomerQuery()));

        Assert.Empty(Portal.Factory.Logs.Containing(GuardantSandbox.ApiKey));
        Assert.DoesNotContain(GuardantSandbox.ApiKey, ex.ToString(), StringComparison.Ordinal);
    }
}
