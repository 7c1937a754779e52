using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Admin;
using Portal.Features.Admin.Users;
using Portal.Security;
using Radzen;

namespace Portal.Tests.Features.Admin;

public sealed class UserEditorTests : BunitContext
{
    private readonly List<UserInput> _saved = [];

    public UserEditorTests()
    {
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Submit_EmptyForm_ShowsEveryProblemAndDoesNotSave()
    {
        var form = RenderEditor(new UserInput());

        form.Find("form").Submit();

        var messages = Messages(form);
        Assert.Contains("Enter the user's email.", messages);
        Assert.Contains("Enter the user's name.", messages);
        Assert.Contains("Choose at least one role.", messages);
        Assert.Empty(_saved);
    }

    [Fact]
    public void Submit_BadEmailAndUuid_ShowsBothProblems()
    {
        var form = RenderEditor(new UserInput());
        form.Find("#user-email").Change("not-an-email");
        form.Find("#user-name").Change("Pat Doe");
        form.Find("#user-mykaarma").Change("uuid with spaces");
        form.Find("[role=checkbox][aria-label^='Auditor']").Click();

        form.Find("form").Submit();

        var messages = Messages(form);
        Assert.Contains("Enter an email address.", messages);
        Assert.Contains(messages, m => m.StartsWith("Use only letters, digits and hyphens"));
        Assert.Empty(_saved);
    }

    [Fact]
    public void Submit_ValidForm_SavesRolesAndDealerships()
    {
        var form = RenderEditor(new UserInput());
        form.Find("#user-email").Change("pat@dealer.test");
        form.Find("#user-name").Change("Pat Doe");
        form.Find("[role=checkbox][aria-label^='Dealer manager']").Click();
        form.Find("[role=checkbox][aria-label='North Motors']").Click();

        form.Find("form").Submit();

        var saved = Assert.Single(_saved);
        Assert.Equal([PortalRoles.DealerManager], saved.Roles);
        Assert.Equal([2], saved.DealershipIds);
        Assert.Empty(Messages(form));
    }

    [Fact]
    public void Submit_ServiceRefuses_ShowsItsMessageInTheForm()
    {
        var form = Render<UserEditor>(p => p
            .Add(e => e.Input, new UserInput { Email = "a@b.test", DisplayName = "A", Roles = [PortalRoles.Admin] })
            .Add(e => e.Save, _ => throw new AdminRuleException("This is the last enabled admin.")));

        form.Find("form").Submit();

        Assert.Contains("This is the last enabled admin.", form.Find("[role=alert]").TextContent);
    }

    [Fact]
    public void Render_RolesFromEntra_RoleBoxesAreDisabledAndExplained()
    {
        var form = Render<UserEditor>(p => p.Add(e => e.Input, new UserInput()).Add(e => e.RolesFromEntra, true));

        Assert.All(form.FindAll("[role=group][aria-label=Roles] [role=checkbox]"), box => Assert.Equal("true", box.GetAttribute("aria-disabled")));
        Assert.Contains("Entra app roles", form.Markup);
    }

    [Fact]
    public void Render_ExistingUser_EmailCannotBeEdited()
    {
        var form = Render<UserEditor>(p => p.Add(e => e.Input, new UserInput { Email = "a@b.test" }).Add(e => e.IsNew, false));

        Assert.True(form.Find("#user-email").HasAttribute("disabled"));
    }

    private IRenderedComponent<UserEditor> RenderEditor(UserInput input) => Render<UserEditor>(p => p
        .Add(e => e.Input, input)
        .Add(e => e.IsNew, true)
        .Add(e => e.Dealerships, [new DealershipChoice(1, "Demo Motors"), new DealershipChoice(2, "North Motors")])
        .Add(e => e.Save, saved =>
        {
            _saved.Add(saved);
            return Task.CompletedTask;
        }));

    private static List<string> Messages(IRenderedComponent<UserEditor> form) =>
        form.FindAll(".validation-message").Select(m => m.TextContent.Trim()).ToList();
}
