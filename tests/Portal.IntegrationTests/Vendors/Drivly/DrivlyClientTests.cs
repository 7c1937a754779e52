using Portal.Sandbox;
using Portal.Sandbox.Drivly;
using Portal.Vendors;
using Portal.Vendors.Drivly;
using Portal.Vendors.Http;

namespace Portal.IntegrationTests.Vendors.Drivly;

public sealed class DrivlyClientTests(VendorTestPortal portal)
    : VendorClientTests<IDrivlyClient>(portal, VendorKind.Drivly), IClassFixture<VendorTestPortal>
{
    [Fact]
    public async Task AllCustomersAsync_PagesOfSeven_EveryCustomerOnce()
    {
        var client = await ClientAsync();

        var first = await client.ListCustomersAsync(new DrivlyQuery { Limit = 7, Sort = "id" });
        var all = await client.AllCustomersAsync(new DrivlyQuery { Limit = 7, Sort = "id" }).ToListAsync();

        Assert.Equal(first.TotalCount, all.Count);
        Assert.Equal(all.Count, all.Select(c => c.Id).Distinct().Count());
        Assert.Equal(all.Select(c => long.Parse(c.Id ?? "0")).Order(), all.Select(c => long.Parse(c.Id ?? "0")));
        Assert.All(all, c => Assert.NotNull(c.Address?.City)); // depth 1 populates the address
    }

    [Fact]
    public async Task UpdateContactAsync_OnlyEmail_OtherFieldsKeptAndAVersionAdded()
    {
        var client = await ClientAsync();
        var before = (await client.ListCustomersAsync(new DrivlyQuery { Limit = 1, Page = 4, Sort = "id" })).Items[0];
        var id = before.Id ?? throw new InvalidOperationException();
        var versionsBefore = await client.AllVersionsAsync(id).ToListAsync();

        await client.UpdateContactAsync(id, new DrivlyContactChanges { Email = "new.contact@example.com" }, before);
        var after = await client.GetCustomerAsync(id) ?? throw new InvalidOperationException();
        var versionsAfter = await client.AllVersionsAsync(id).ToListAsync();

        Assert.Equal(Json(before with { Email = "new.contact@example.com", UpdatedAt = after.UpdatedAt }), Json(after));
        Assert.True(DrivlyMapper.Time(after.UpdatedAt) > DrivlyMapper.Time(before.UpdatedAt));
        Assert.Equal(versionsBefore.Count + 1, versionsAfter.Count);
        var timeline = DrivlyMapper.ToTimeline(versionsAfter, 1, id);
        Assert.Equal(["email"], timeline[^1].Changes.Select(c => c.Field));
        Assert.Equal(1, (await Portal.Sandbox.RequestsAsync(Vendor)).Count(r => r.Method == "PATCH"));
    }

    [Fact]
    public async Task UpdateContactAsync_PhoneChangedSinceOpened_ConflictAndNothingWritten()
    {
        var client = await ClientAsync();
        var current = (await client.ListCustomersAsync(new DrivlyQuery { Limit = 1, Page = 9, Sort = "id" })).Items[0];

        var ex = await Assert.ThrowsAsync<VendorApiException>(() => client.UpdateContactAsync(
            current.Id ?? "", new DrivlyContactChanges { Phone = "+12125550100" }, current with { Phone = "+19995550100" }));

        Assert.Equal((VendorFailureKind.Conflict, "phone"), (ex.Kind, Assert.Single(ex.ConflictingFields)));
        Assert.DoesNotContain(await Portal.Sandbox.RequestsAsync(Vendor), r => r.Method == "PATCH");
    }

    [Fact]
    public async Task UpdateContactAsync_AnswerLostAfterTheWrite_OutcomeUnknownButApplied()
    {
        var client = await ClientAsync();
        var before = (await client.ListCustomersAsync(new DrivlyQuery { Limit = 1, Page = 12, Sort = "id" })).Items[0];
        await Portal.Sandbox.SetFaultsAsync(Vendor, new FaultSettings { HangRate = 1, AfterHandler = true, Method = "PATCH", Count = 1 });

        var ex = await Assert.ThrowsAsync<VendorApiException>(() => client.UpdateContactAsync(before.Id ?? "", new DrivlyContactChanges { LastName = "Núñez-O'Brien" }));

        Assert.Equal(VendorFailureKind.OutcomeUnknown, ex.Kind);
        Assert.Equal(1, (await Portal.Sandbox.RequestsAsync(Vendor)).Count(r => r.Method == "PATCH"));
        Assert.Equal("Núñez-O'Brien", (await client.GetCustomerAsync(before.Id ?? ""))?.ConsumerLastName);
    }

    [Fact]
    public async Task ListCustomersModifiedSinceAsync_ChangeDuringTheWalk_NobodyMissed()
    {
        var client = await ClientAsync();
        var since = new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero);
        var expected = await client.AllCustomersAsync(new DrivlyQuery { Limit = 100, Where = DrivlyWhere.GreaterThanOrEqual("updatedAt", since), Sort = "updatedAt" })
            .Select(c => c.Id).ToListAsync();

        var seen = new List<DrivlyCustomer>();
        await foreach (var customer in client.ListCustomersModifiedSinceAsync(since, pageSize: 10))
        {
            if (seen.Count == 15)
            {
                // A customer of the first page changes mid-walk: it moves to the end of the feed.
                await client.UpdateContactAsync(seen[2].Id ?? "", new DrivlyContactChanges { Email = "moved.to.the.end@example.com" });
            }
            seen.Add(customer);
        }

        Assert.True(expected.Count > 20);
        Assert.Subset(seen.Select(c => c.Id).ToHashSet(), expected.ToHashSet());
        Assert.Equal("moved.to.the.end@example.com", seen[^1].Email);
        Assert.All(seen, c => Assert.True(DrivlyMapper.Time(c.UpdatedAt) >= since));
    }

    private static string Json(DrivlyCustomer customer) => System.Text.Json.JsonSerializer.Serialize(customer, VendorJson.Options);

    [Fact]
    public async Task GetCustomerAsync_Unknown_Null() => Assert.Null(await (await ClientAsync()).GetCustomerAsync("987654321"));

    [Fact]
    public async Task AnyCall_CredentialsExpired_UnauthorizedWithPayloadMessage()
    {
        var client = await ClientAsync();
        await Portal.Sandbox.SetFaultsAsync(Vendor, new FaultSettings { ExpireCredentials = true, Count = 1 });

        var ex = await Assert.ThrowsAsync<VendorApiException>(() => client.ListCustomersAsync(new DrivlyQuery()));

        Assert.Equal(VendorFailureKind.Unauthorized, ex.Kind);
        Assert.Equal("HTTP 401: You are not allowed to perform this action.", ex.VendorMessage);
        Assert.Equal(1, await Portal.AttemptsAsync(Vendor, "customers"));
    }

    [Fact]
    public async Task Calls_IncludingFailures_NeverLogTheApiKeyOrAnSsn()
    {
        var client = await ClientAsync();
        var customer = (await client.ListCustomersAsync(new DrivlyQuery { Limit = 1 })).Items[0];
        await Portal.Sandbox.SetFaultsAsync(Vendor, new FaultSettings { ErrorRate = 1, Count = 3 });
        await Assert.ThrowsAsync<VendorApiException>(() => client.GetCustomerAsync(customer.Id ?? ""));

        Assert.Empty(Portal.Factory.Logs.Containing(DrivlySandbox.ApiKey));
        Assert.Empty(Portal.Factory.Logs.Containing(customer.ConsumerSocialSecurity ?? "no ssn"));
    }
}
