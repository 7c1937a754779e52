using Microsoft.Extensions.DependencyInjection;
using Portal.Features.Admin.Users;
using Portal.Features.Connections.Admin;
using Portal.Vendors;
using Radzen;

namespace Portal.Tests.Features.Connections;

public sealed class ConnectionEditorTests : BunitContext
{
    private const string Department = "0f1c3f4e-5a6b-4c7d-8e9f-a0b1c2d3e4f5";

    private readonly List<ConnectionInput> _saved = [];
    private readonly List<ConnectionInput> _tested = [];

    public ConnectionEditorTests()
    {
        Services.AddRadzenComponents();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Submit_EmptyGuardantForm_ShowsEveryProblemAndNeitherTestsNorSaves()
    {
        var form = RenderEditor(ConnectionInput.New(VendorKind.Guardant));

        form.Find("form").Submit();

        var messages = Messages(form);
        Assert.Contains("Enter a name for the connection.", messages);
        Assert.Contains("Choose the dealership.", messages);
        Assert.Contains("Enter the base URL.", messages);
        Assert.Contains("Enter the API key.", messages);
        Assert.Empty(_tested);
        Assert.Empty(_saved);
    }

    [Fact]
    public void Submit_WalcuWithBadDealerIdAndUrl_ShowsTheVendorRulesBesideTheFields()
    {
        var form = RenderEditor(Filled(VendorKind.Walcu, "ftp://walcu.example/"));
        form.Find("#connection-setting_dealerId").Change("64f1c2a9");
        form.Find("#connection-secret_apiKey").Change("key");

        form.Find("form").Submit();

        var messages = Messages(form);
        Assert.Contains("The Walcu dealer id is 24 hexadecimal characters.", messages);
        Assert.Contains(ConnectionUrls.Message, messages);
        Assert.Empty(_saved);
    }

    [Theory]
    [InlineData("240811x", "The Cova company id is a number.")]
    [InlineData("", "Enter the Company id.")]
    public void Submit_CovaCompanyId_MustBeANumber(string companyId, string problem)
    {
        var input = Filled(VendorKind.Cova, "{self}/sandbox/cova/crm/");
        Set(input, "companyId", companyId);
        Set(input, "tokenUrl", "{self}/sandbox/cova/oauth2/token");
        var form = RenderEditor(input);

        form.Find("form").Submit();

        Assert.Contains(problem, Messages(form));
        Assert.Empty(_saved);
    }

    [Theory]
    [InlineData("not-a-uuid", false)]
    [InlineData(Department, true)]
    [InlineData(Department + ", 1a2b3c4d-0000-4000-8000-00000000abcd", true)]
    public void Submit_MyKaarmaDepartments_AreOneOrMoreUuids(string departments, bool saves)
    {
        var input = Filled(VendorKind.MyKaarma, "{self}/sandbox/mykaarma/");
        Set(input, "departmentUuids", departments);
        Set(input, "username", "sandbox-mykaarma");
        Set(input, "password", "secret");
        var form = RenderEditor(input);

        form.Find("form").Submit();

        Assert.Equal(saves, _saved.Count == 1);
        Assert.Equal(!saves, Messages(form).Contains("Enter one or more department uuids, separated by commas."));
    }

    [Fact]
    public void Submit_ValidGuardantForm_TestsThenSaves()
    {
        var form = RenderEditor(Filled(VendorKind.Guardant, "{self}/sandbox/guardant/v1.0/"));
        form.Find("#connection-secret_apiKey").Change("guardant-key");

        form.Find("form").Submit();

        Assert.Single(_tested);
        var saved = Assert.Single(_saved);
        Assert.Equal("guardant-key", saved.Secrets.Single().Value);
    }

    [Fact]
    public void Render_ExistingConnection_HasNoCredentialFieldsAndWarnsWhenConfigured()
    {
        var row = new ConnectionRow(3, VendorKind.Walcu, "Walcu", 1, "Demo Motors", "{self}/sandbox/walcu/", true, "SandboxWalcu",
            new Dictionary<string, string> { ["dealerId"] = "64f1c2a9e4b0a1b2c3d4e5f6" }, ["apiKey"], DateTimeOffset.UtcNow);

        var form = RenderEditor(ConnectionInput.Existing(row), isNew: false, fromConfiguration: true);

        Assert.Empty(form.FindAll("input[type=password]"));
        Assert.Equal("64f1c2a9e4b0a1b2c3d4e5f6", form.Find("#connection-setting_dealerId").GetAttribute("value"));
        Assert.Contains("re-applies the configuration", form.Markup);
    }

    private static ConnectionInput Filled(VendorKind vendor, string baseUrl)
    {
        var input = ConnectionInput.New(vendor, dealershipId: 1);
        input.Name = $"{vendor} main";
        input.BaseUrl = baseUrl;
        return input;
    }

    private static void Set(ConnectionInput input, string key, string value) =>
        input.Settings.Concat(input.Secrets).Single(f => f.Field.Key == key).Value = value;

    private IRenderedComponent<ConnectionEditor> RenderEditor(ConnectionInput input, bool isNew = true, bool fromConfiguration = false) =>
        Render<ConnectionEditor>(p => p
            .Add(e => e.Input, input)
            .Add(e => e.IsNew, isNew)
            .Add(e => e.FromConfiguration, fromConfiguration)
            .Add(e => e.Dealerships, [new DealershipChoice(1, "Demo Motors")])
            .Add(e => e.Test, tested =>
            {
                _tested.Add(tested);
                return Task.FromResult(new ConnectionTestResult(true, TimeSpan.FromMilliseconds(12), "Connected."));
            })
            .Add(e => e.Save, saved =>
            {
                _saved.Add(saved);
                return Task.CompletedTask;
            }));

    private static List<string> Messages(IRenderedComponent<ConnectionEditor> form) =>
        form.FindAll(".validation-message").Select(m => m.TextContent.Trim()).ToList();
}
