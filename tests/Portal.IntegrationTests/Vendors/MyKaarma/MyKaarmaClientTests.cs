using Portal.Vendors;
using Portal.Vendors.MyKaarma;
using static Portal.IntegrationTests.Vendors.MyKaarma.MyKaarmaSandboxRequests;

namespace Portal.IntegrationTests.Vendors.MyKaarma;

public sealed class MyKaarmaClientTests(VendorTestPortal portal) : IClassFixture<VendorTestPortal>
{
    private const string Vendor = "mykaarma";

    private async Task<IMyKaarmaClient> ClientAsync()
    {
        await portal.ResetAsync(Vendor);
        return await portal.ClientAsync<IMyKaarmaClient>(VendorKind.MyKaarma);
    }

    [Fact]
    public async Task TestConnectionAsync_SandboxConnection_Succeeds()
    {
        var result = await (await ClientAsync()).TestConnectionAsync();

        Assert.True(result.Succeeded, result.Message);
    }

    [Fact]
    public async Task ListOpenRequestTokensAsync_SmallPages_ListEveryOpenRequestOnce()
    {
        var client = await ClientAsync();

        var all = await client.ListAllOpenRequestTokensAsync(Department).Select(r => r.CustomerProfileViewRequestToken).ToListAsync();
        var paged = await Paging.AllAsync((next, ct) => client.ListOpenRequestTokensAsync(Department, next, 2, ct))
            .Select(r => r.CustomerProfileViewRequestToken).ToListAsync();

        Assert.True(all.Count > 2, $"only {all.Count} open requests");
        Assert.Equal(all, paged);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task GetCustomerProfileAsync_OpenRequest_MapsToCustomerAndOpenItems()
    {
        var client = await ClientAsync();
        var first = await client.ListAllOpenRequestTokensAsync(Department).FirstAsync();
        var token = first.CustomerProfileViewRequestToken ?? "";

        var profile = await client.GetCustomerProfileAsync(Department, token);

        Assert.NotNull(profile);
        var customer = MyKaarmaMapper.ToCustomer(client.Connection.Id, profile);
        Assert.NotNull(customer?.LastName);
        Assert.All(customer.Emails, e => Assert.Equal(e.ToLowerInvariant(), e));
        Assert.All(customer.Phones, p => Assert.StartsWith("+1", p));
        var items = MyKaarmaMapper.ToItems(client.Connection.Id, token, profile);
        Assert.Contains(items, i => i.Status is MyKaarmaItemStatus.Scheduled or MyKaarmaItemStatus.Requested or MyKaarmaItemStatus.PendingApproval);
        Assert.All(items, i => Assert.Equal(first.VaultDataRequestUuid, i.RequestUuid));
        Assert.All(items, i => Assert.NotNull(i.RequestedByUserUuid));
    }

    [Fact]
    public async Task GetCustomerProfileAsync_UnknownToken_ReturnsNull() =>
        Assert.Null(await (await ClientAsync()).GetCustomerProfileAsync(Department, Guid.NewGuid().ToString("N")));

    [Fact]
    public async Task GetCustomerProfileAsync_OtherDepartment_UnauthorizedWithTheVendorsMessage()
    {
        var client = await ClientAsync();

        var failure = await Assert.ThrowsAsync<VendorApiException>(() => client.GetCustomerProfileAsync(Guid.NewGuid().ToString(), "0123456789abcdef0123456789abcdef"));

        Assert.Equal(VendorFailureKind.Unauthorized, failure.Kind);
        Assert.Equal("1002", failure.ErrorCode);
        Assert.Contains("not authorised for that department", failure.VendorMessage);
    }

    [Fact]
    public async Task GetCustomerProfileAsync_CredentialsExpired_UnauthorizedAfterOneAttempt()
    {
        var client = await ClientAsync();
        await portal.Sandbox.SetFaultsAsync(Vendor, new() { ExpireCredentials = true, Count = 1 });

        var failure = await Assert.ThrowsAsync<VendorApiException>(() => client.GetCustomerProfileAsync(Department, Guid.NewGuid().ToString("N")));

        Assert.Equal(VendorFailureKind.Unauthorized, failure.Kind);
        Assert.Equal(1, await portal.AttemptsAsync(Vendor, "profileData"));
    }

    [Fact]
    public async Task SubmitReviewAsync_Approved_CompletesThatItemOnly()
    {
        var client = await ClientAsync();
        var request = await CreateAsync(portal.Sandbox, Riley, ("PROOF_OF_INCOME", "PENDING_APPROVAL"), ("PROOF_OF_RESIDENCE", "PENDING_APPROVAL"));

        var item = await client.SubmitReviewAsync(Department, request.RequestUuid, request.ItemUuids[0], Review("APPROVED"), Guid.NewGuid().ToString());
        var reread = await client.GetCustomerProfileAsync(Department, request.Token);

        Assert.Equal(MyKaarmaItemStatus.Completed, item.Status);
        var items = reread?.Items ?? [];
        Assert.Equal(2, items.Count);
        Assert.Equal(MyKaarmaItemStatus.Completed, items[0].Status);
        var review = Assert.Single(items[0].Reviews ?? []);
        Assert.Equal((MyKaarmaReviewStatus.Approved, Casey), (review.ReviewStatus, review.ReviewerUserUuid));
        Assert.Equal(MyKaarmaItemStatus.PendingApproval, items[1].Status);
        Assert.Empty(items[1].Reviews ?? []);
    }

    [Theory]
    [InlineData("DECLINED", "DECLINED")]
    [InlineData("REQUESTED_AGAIN", "REQUESTED")]
    public async Task SubmitReviewAsync_DeclinedOrRequestedAgain_MovesTheItem(string reviewStatus, string itemStatus)
    {
        var client = await ClientAsync();
        var request = await CreateAsync(portal.Sandbox, Riley, ("DRIVERS_LICENSE", "PENDING_APPROVAL"));

        var item = await client.SubmitReviewAsync(Department, request.RequestUuid, request.ItemUuids[0], Review(reviewStatus, "Expired licence"), Guid.NewGuid().ToString());

        Assert.Equal(itemStatus, item.Status);
        Assert.Equal("Expired licence", item.Reviews?[^1].Reason);
    }

    [Fact]
    public async Task SubmitReviewAsync_SameKeyTwice_RecordedOnceWithTheSameAnswer()
    {
        var client = await ClientAsync();
        var request = await CreateAsync(portal.Sandbox, Riley, ("PROOF_OF_INSURANCE", "PENDING_APPROVAL"));
        var key = Guid.NewGuid().ToString();

        var first = await client.SubmitReviewAsync(Department, request.RequestUuid, request.ItemUuids[0], Review("APPROVED"), key);
        var second = await client.SubmitReviewAsync(Department, request.RequestUuid, request.ItemUuids[0], Review("APPROVED"), key);

        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(first), System.Text.Json.JsonSerializer.Serialize(second));
        Assert.Equal([(true, false), (false, true)], await ReviewCallsAsync(portal.Sandbox, request.ItemUuids[0]));
    }

    [Fact]
    public async Task SubmitReviewAsync_AnswerLost_OutcomeUnknownButAppliedAndRetryRecordsNothingNew()
    {
        var client = await ClientAsync();
        var request = await CreateAsync(portal.Sandbox, Riley, ("CREDIT_APPLICATION", "PENDING_APPROVAL"));
        var key = Guid.NewGuid().ToString();
        var review = Review("APPROVED") with { ReviewerUserUuid = "a5500000-0000-4000-8000-000000000002", ReviewerName = "Jordan Finance" };
        await portal.Sandbox.SetFaultsAsync(Vendor, new() { DropRate = 1, AfterHandler = true, Count = 1, Method = "POST", PathContains = "/review" });

        var failure = await Assert.ThrowsAsync<VendorApiException>(() => client.SubmitReviewAsync(Department, request.RequestUuid, request.ItemUuids[0], review, key));
        var reread = await client.GetCustomerProfileAsync(Department, request.Token);
        var retried = await client.SubmitReviewAsync(Department, request.RequestUuid, request.ItemUuids[0], review, key);

        Assert.Equal(VendorFailureKind.OutcomeUnknown, failure.Kind);
        Assert.Equal(MyKaarmaItemStatus.Completed, reread?.Items?[0].Status);
        Assert.Equal(MyKaarmaItemStatus.Completed, retried.Status);
        Assert.Equal(1, (await ReviewCallsAsync(portal.Sandbox, request.ItemUuids[0])).Count(c => c.Recorded));
        // The lost write (which the client did not retry on its own) and our deliberate retry.
        Assert.Equal(2, (await portal.Sandbox.RequestsAsync(Vendor)).Count(r => r.Method == "POST" && r.Path.EndsWith("/review", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SubmitReviewAsync_ItemNotPendingApproval_RejectedWithTheVendorsCode()
    {
        var client = await ClientAsync();
        var request = await CreateAsync(portal.Sandbox, Riley, ("PROOF_OF_INCOME", "REQUESTED"));

        var failure = await Assert.ThrowsAsync<VendorApiException>(() =>
            client.SubmitReviewAsync(Department, request.RequestUuid, request.ItemUuids[0], Review("APPROVED"), Guid.NewGuid().ToString()));

        Assert.Equal((VendorFailureKind.Rejected, "2004"), (failure.Kind, failure.ErrorCode));
    }

    [Fact]
    public async Task SubmitReviewAsync_ReviewerWithoutAuthority_Rejected()
    {
        var client = await ClientAsync();
        var request = await CreateAsync(portal.Sandbox, Casey, ("PROOF_OF_INCOME", "PENDING_APPROVAL"));

        var failure = await Assert.ThrowsAsync<VendorApiException>(() => client.SubmitReviewAsync(Department, request.RequestUuid,
            request.ItemUuids[0], Review("APPROVED") with { ReviewerUserUuid = Riley }, Guid.NewGuid().ToString()));

        Assert.Equal("2005", failure.ErrorCode);
    }

    [Fact]
    public async Task SubmitReviewAsync_RequesterApprovesOwnRequest_VendorAcceptsSoThePortalMustRefuse()
    {
        var client = await ClientAsync();
        var request = await CreateAsync(portal.Sandbox, Casey, ("PROOF_OF_RESIDENCE", "PENDING_APPROVAL"));
        var profile = await client.GetCustomerProfileAsync(Department, request.Token);
        var item = MyKaarmaMapper.ToItems(client.Connection.Id, request.Token, profile ?? new()).Single();

        var reviewed = await client.SubmitReviewAsync(Department, request.RequestUuid, request.ItemUuids[0], Review("APPROVED"), Guid.NewGuid().ToString());

        Assert.Equal(Casey, item.RequestedByUserUuid);
        Assert.Contains(Casey, item.ApproverUserUuids);
        Assert.Equal(MyKaarmaItemStatus.Completed, reviewed.Status);
    }

    [Fact]
    public async Task GetDocumentAsync_ItemFileUrl_ReturnsThePdf()
    {
        var client = await ClientAsync();
        var request = await CreateAsync(portal.Sandbox, Riley, ("DRIVERS_LICENSE", "PENDING_APPROVAL"));
        var profile = await client.GetCustomerProfileAsync(Department, request.Token);
        var item = MyKaarmaMapper.ToItems(client.Connection.Id, request.Token, profile ?? new()).Single();

        var document = await client.GetDocumentAsync(item.FileUrl ?? "");

        Assert.Equal("application/pdf", document.ContentType);
        Assert.EndsWith(".pdf", document.FileName);
        using var reader = new StreamReader(document.Content);
        Assert.StartsWith("%PDF-1.4", await reader.ReadToEndAsync());
    }

    [Fact]
    public async Task GetDocumentAsync_UrlOnAnotherHost_RefusedWithoutSendingAnything()
    {
        var client = await ClientAsync();

        var failure = await Assert.ThrowsAsync<VendorApiException>(() => client.GetDocumentAsync("https://files.example.com/sandbox/mykaarma/x.pdf"));

        Assert.Equal(VendorFailureKind.Rejected, failure.Kind);
        Assert.Empty(await portal.Sandbox.RequestsAsync(Vendor));
    }

    private static MyKaarmaReview Review(string status, string? reason = null) => new()
    {
        ReviewStatus = status,
        ReviewerUserUuid = Casey,
        ReviewerName = "Casey Compliance",
        Reason = reason,
        ReviewedAtDateTime = "2026-11-20T10:00:00Z",
    };
}
