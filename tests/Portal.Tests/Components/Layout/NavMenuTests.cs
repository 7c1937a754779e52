using Microsoft.Extensions.DependencyInjection;
using Portal.Components.Layout;
using Portal.Security;
using Radzen;

namespace Portal.Tests.Components.Layout;

public sealed class NavMenuTests : BunitContext
{
    public NavMenuTests()
    {
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    public static TheoryData<string, string[]> Expected => new()
    {
        { PortalRoles.Admin, ["Customers", "Data requests", "Orders", "Audit log", "Admin", "Connections", "Dealerships", "Users"] },
        { PortalRoles.DealerManager, ["Customers", "Orders"] },
        { PortalRoles.Compliance, ["Data requests"] },
        { PortalRoles.Auditor, ["Audit log"] },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void NavMenu_RoleSignedIn_ShowsOnlyWhatTheRoleMayOpen(string role, string[] expected)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized("someone@test").SetRoles(role);

        var menu = Render<NavMenu>(p => p.Add(m => m.RouteExists, _ => true));

        var texts = menu.FindAll(".rz-navigation-item-text").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["Home", .. expected], texts);
    }

    [Fact]
    public void NavMenu_PageNotBuilt_IsNotListed()
    {
        AddAuthorization().SetAuthorized("admin@test").SetRoles(PortalRoles.Admin);

        var menu = Render<NavMenu>(p => p.Add(m => m.RouteExists, href => href == "audit"));

        var texts = menu.FindAll(".rz-navigation-item-text").Select(e => e.TextContent.Trim()).ToList();
        Assert.Equal(["Home", "Audit log"], texts);
    }

    [Fact]
    public void NavMenu_Anonymous_ShowsOnlyHome()
    {
        AddAuthorization();

        var menu = Render<NavMenu>(p => p.Add(m => m.RouteExists, _ => true));

        Assert.Single(menu.FindAll(".rz-navigation-item-text"));
    }
}
