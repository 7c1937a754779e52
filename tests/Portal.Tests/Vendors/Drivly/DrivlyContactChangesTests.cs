using Portal.Vendors;
using Portal.Vendors.Drivly;

namespace Portal.Tests.Vendors.Drivly;

public sealed class DrivlyContactChangesTests
{
    private static readonly DrivlyCustomer Current = new() { Id = "1", ConsumerFirstName = "Ana", ConsumerLastName = "Núñez-O'Brien", Email = "ana@example.com", Phone = "+12125550101" };

    [Fact]
    public void ToPatch_OnlyFieldsThatChange()
    {
        var patch = new DrivlyContactChanges { Email = "ana.n@example.com", FirstName = "Ana", Phone = "" }.ToPatch(Current);

        Assert.Equal("""{"email":"ana.n@example.com","phone":""}""", patch.ToJsonString());
    }

    [Fact]
    public void Find_PhoneChangedMeanwhile_ConflictOnPhoneOnly()
    {
        var conflicts = EditConflicts.Find(DrivlyContactChanges.Fields, new DrivlyContactChanges { Phone = "+12125550102", Email = "x@example.com" },
            Current with { Phone = "+12125550199" }, Current);

        Assert.Equal(["phone"], conflicts);
    }
}
