using Portal.Vendors;
using Portal.Vendors.Drivly;

namespace Portal.IntegrationTests.Vendors.Drivly;

public sealed class DrivlyFaultTests(VendorTestPortal portal) : VendorFaultTests<IDrivlyClient>(portal), IClassFixture<VendorTestPortal>
{
    protected override VendorKind Kind => VendorKind.Drivly;

    protected override string ReadPath => "/api/customers";

    protected override Task ReadAsync(IDrivlyClient client) => client.ListCustomersAsync(new DrivlyQuery { Limit = 2 });
}
