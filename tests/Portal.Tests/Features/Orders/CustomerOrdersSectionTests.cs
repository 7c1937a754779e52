using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Customers;
using Portal.Features.Orders;
using Portal.Features.Orders.Sources;
using Portal.Vendors;
using Portal.Vendors.Guardant;
using Portal.Vendors.Model;
using Portal.Vendors.Walcu.Dtos;
using Radzen;

namespace Portal.Tests.Features.Orders;

public sealed class CustomerOrdersSectionTests : BunitContext
{
    private readonly StubOrders _orders = new();

    public CustomerOrdersSectionTests()
    {
        Services.AddRadzenComponents();
        Services.AddSingleton<ICustomerOrders>(_orders);
        JSInterop.Mode = JSRuntimeMode.Loose;
        System.Globalization.CultureInfo.CurrentCulture = System.Globalization.CultureInfo.GetCultureInfo("en-US");
    }

    [Fact]
    public void Render_ListsGuardantOrdersRepairOrdersAndOffers_EachWithItsSourceBadge()
    {
        var guardant = OrderRows.Context(VendorKind.Guardant, "America/Chicago");
        var walcu = OrderRows.Context(VendorKind.Walcu);
        _orders.Answer = new CustomerOrders(
        [
            OrderRowMapper.FromGuardant(new GuardantOrder { Id = 5, Number = 100005, Status = 2, Date = 1527501148, SubmitDate = 1527504748, Quantity = 1200, ActivationLimit = 3, Description = "Renewal" }, 8, guardant),
            OrderRowMapper.FromWalcu(new WalcuRepairOrderDto { Id = "ro1", RepairOrderNumber = "RO-1", Finished = true, Invoices = [new WalcuInvoiceDto("I", 99.5m, [], "i")] }, walcu)!,
            OrderRowMapper.FromWalcu(new WalcuOfferDto { Id = "of1", Status = "rejected", LeadType = "salelead" }, walcu)!,
        ], []);

        var section = Render<CustomerOrdersSection>(p => p.Add(s => s.Person, Person()));

        var guardantRow = section.Find("[aria-label='Guardant orders'] tbody tr");
        Assert.Contains("Guardant", guardantRow.QuerySelector(".order-source")?.TextContent);
        Assert.Contains("100005", guardantRow.TextContent);
        Assert.Contains("Revoked", guardantRow.TextContent);
        Assert.Contains("5/28/2018", guardantRow.TextContent); // 09:52 UTC is 04:52 the same day in Chicago
        Assert.Contains("1,200", guardantRow.TextContent);
        var walcuRows = new[] { section.Find("[aria-label='Walcu repair orders'] tbody tr"), section.Find("[aria-label='Walcu offers'] tbody tr") };
        Assert.Contains("repair order", walcuRows[0].TextContent);
        Assert.Contains("RO-1", walcuRows[0].TextContent);
        Assert.Contains("99.50", walcuRows[0].TextContent);
        Assert.Contains("offer", walcuRows[1].TextContent);
        Assert.All(walcuRows, r => Assert.Contains("Walcu", r.QuerySelector(".order-source")?.TextContent));
        Assert.Equal(42, _orders.AskedFor);
    }

    [Fact]
    public void Render_OneSourceFailed_SaysWhichWhileTheOtherLists()
    {
        var walcu = OrderRows.Context(VendorKind.Walcu);
        _orders.Answer = new CustomerOrders([OrderRowMapper.FromWalcu(new WalcuOfferDto { Id = "of1", Status = "draft" }, walcu)!],
            [new OrderSourceProblem("guardant:3:8", "Guardant (sandbox) orders", "timed out")]);

        var section = Render<CustomerOrdersSection>(p => p.Add(s => s.Person, Person()));

        Assert.Equal("Guardant (sandbox) orders could not be listed: timed out.", section.Find("[role=alert]").TextContent);
        Assert.Contains("of1", section.Find("[aria-label='Walcu offers'] tbody tr button").GetAttribute("aria-label"));
        Assert.Contains("No Walcu repair orders.", section.Find("[aria-label='Walcu repair orders']").TextContent);
    }

    private static PersonView Person() => new(42, "Ada Lovelace", 1,
        [new PersonRecord(new CustomerRecord(new SourceRef(VendorKind.Guardant, 3, "8")), DateTimeOffset.UnixEpoch, false, 1, "", "Single")]);

    private sealed class StubOrders : ICustomerOrders
    {
        public CustomerOrders Answer { get; set; } = new([], []);

        public long? AskedFor { get; private set; }

        public Task<CustomerOrders> ForPersonAsync(PersonView person, CancellationToken ct = default)
        {
            AskedFor = person.PersonId;
            return Task.FromResult(Answer);
        }
    }
}
