using Portal.Vendors;
using Portal.Vendors.Guardant;

namespace Portal.IntegrationTests.Vendors.Guardant;

public sealed class GuardantFaultTests(VendorTestPortal portal) : VendorFaultTests<IGuardantClient>(portal), IClassFixture<VendorTestPortal>
{
    protected override VendorKind Kind => VendorKind.Guardant;

    protected override string ReadPath => "/v1.0/customers";

    protected override Task ReadAsync(IGuardantClient client) => client.ListCustomersAsync(new GuardantCustomerQuery { Limit = 2 });
}
