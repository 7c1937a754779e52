using Portal.Features.Customers.Profile;
using Portal.Features.Customers.Profile.Editing;
using Radzen;

namespace Portal.Tests.Features.Customers.Profile;

/// <summary>The edit form: messages next to the field they are about; only valid changes go on to the preview.</summary>
public sealed class EditFieldsTests : BunitContext
{
    private static readonly IReadOnlyList<EditFieldSpec> Fields = [ProfileFields.First, ProfileFields.Last, ProfileFields.EmailAddress, ProfileFields.PhoneNumber];
    private readonly List<IReadOnlyDictionary<string, string?>> _submitted = [];

    public EditFieldsTests()
    {
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Theory]
    [InlineData("email", "not an email", "email address")]
    [InlineData("email", "ada@nodot", "email address")]
    [InlineData("phone", "12", "phone number")]
    [InlineData("lastName", "", "required")]
    [InlineData("firstName", "Averyveryveryveryveryveryveryveryveryveryveryveryverylongfirstname", "at most 60")]
    public void Submit_InvalidValue_ShowsTheMessageNextToTheFieldAndSendsNothing(string key, string value, string message)
    {
        var form = Render();
        form.Find($"#edit-{key}").Input(value);

        form.Find("form").Submit();

        var input = form.Find($"#edit-{key}");
        Assert.Equal("true", input.GetAttribute("aria-invalid"));
        var error = form.Find($"#{input.GetAttribute("aria-describedby")}");
        Assert.Contains(message, error.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_submitted);
    }

    [Fact]
    public void Submit_ValidChange_SendsOnlyTheChangedField()
    {
        var form = Render();
        form.Find("#edit-email").Input("ada.new@example.com");

        form.Find("form").Submit();

        var changes = Assert.Single(_submitted);
        Assert.Equal(new Dictionary<string, string?> { ["email"] = "ada.new@example.com" }, changes);
        Assert.Empty(form.FindAll(".validation-message"));
    }

    [Fact]
    public void Submit_UntouchedInvalidVendorValue_DoesNotBlockAnotherChange()
    {
        var form = Render(phone: "n/a");
        form.Find("#edit-firstName").Input("Augusta");

        form.Find("form").Submit();

        Assert.Equal(["firstName"], Assert.Single(_submitted).Keys);
    }

    [Fact]
    public void Render_EveryInputHasALabel()
    {
        var form = Render();

        foreach (var input in form.FindAll("input"))
        {
            Assert.Single(form.FindAll($"label[for='{input.Id}']"));
        }
    }

    private IRenderedComponent<EditFields> Render(string phone = "+15550102233")
    {
        var startedFrom = new Dictionary<string, string?> { ["firstName"] = "Ada", ["lastName"] = "Lovelace", ["email"] = "ada@example.com", ["phone"] = phone };
        return Render<EditFields>(p => p
            .Add(x => x.Fields, Fields)
            .Add(x => x.StartedFrom, startedFrom)
            .Add(x => x.Values, new Dictionary<string, string?>(startedFrom))
            .Add(x => x.Submit, changes => _submitted.Add(changes)));
    }
}
