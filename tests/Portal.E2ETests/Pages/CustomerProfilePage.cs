namespace Portal.E2ETests.Pages;

/// <summary>The customer page, found by role and label as a person would.</summary>
public sealed class CustomerProfilePage(IPage page)
{
    public ILocator Panel(string vendor) => page.GetByRole(AriaRole.Region, new() { Name = $"{vendor} record" });

    public ILocator Live(string vendor) => Panel(vendor).GetByRole(AriaRole.Status).First.GetByText("Live", new() { Exact = true });

    /// <summary>Where the panel's values come from: "Reading live…", "Live", or "Live read failed" with the reason.</summary>
    public ILocator Status(string vendor) => Panel(vendor).GetByRole(AriaRole.Status).First;

    /// <summary>The editor's outcome message ("Not saved: ...").</summary>
    public ILocator EditorAlert(string vendor) => Editor(vendor).GetByRole(AriaRole.Alert);

    public ILocator RevealButton(string vendor) => page.GetByRole(AriaRole.Button, new() { Name = $"Reveal {vendor} sensitive values" });

    public ILocator RevealReason => page.GetByLabel("Reason for revealing");

    public ILocator ConfirmReveal => page.GetByRole(AriaRole.Button, new() { Name = "Reveal values" });

    public ILocator EditButton(string vendor) => page.GetByRole(AriaRole.Button, new() { Name = $"Edit the {vendor} record" });

    public ILocator Editor(string vendor) => page.GetByRole(AriaRole.Group, new() { Name = $"Edit {vendor} record" });

    public ILocator AuditEntries => page.GetByRole(AriaRole.Grid, new() { Name = "Audit entries for this customer" });

    public async Task EditFieldAsync(string vendor, string label, string value)
    {
        await EditButton(vendor).ClickAsync();
        var field = Editor(vendor).GetByLabel(label, new() { Exact = true });
        await field.FillAsync(value);
        await Editor(vendor).GetByRole(AriaRole.Button, new() { Name = "Preview changes" }).ClickAsync();
        await Editor(vendor).GetByRole(AriaRole.Button, new() { Name = $"Save to {vendor}" }).ClickAsync();
    }
}
