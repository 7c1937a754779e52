using Portal.Features.Admin;
using Portal.Features.Admin.Users;
using Portal.Security;
using Portal.Vendors;
using Radzen;

namespace Portal.Features.Connections.Admin;

/// <summary>The page's actions: each opens its dialog or confirmation, calls the service and reports the outcome.</summary>
public sealed partial class Connections
{
    private async Task AddAsync()
    {
        var dealerships = await Admin.DealershipChoicesAsync();
        var input = ConnectionInput.New(VendorKind.Guardant, dealerships.Count == 1 ? dealerships[0].Id : 0);
        await OpenEditorAsync("Add connection", input, null, dealerships, i => Admin.CreateAsync(i), "Connection created.");
    }

    private async Task ActAsync((string Action, ConnectionRow Row) act)
    {
        var row = act.Row;
        switch (act.Action)
        {
            case ConnectionActions.Test:
                await RunAsync(async () =>
                {
                    var result = await Operations.TestAsync(row.Id);
                    Notify(result.Succeeded ? NotificationSeverity.Success : NotificationSeverity.Error,
                        $"{row.Name}: {result.Message} ({ConnectionTestOutcome.Latency(result.Latency)})");
                });
                break;
            case ConnectionActions.Sync:
                await RunAsync(async () => Notify(NotificationSeverity.Info, await Operations.SyncNowAsync(row.Id)
                    ? $"Sync of {row.Name} queued." : $"A sync of {row.Name} is already queued or running."));
                break;
            case ConnectionActions.Edit:
                await OpenEditorAsync($"Edit {row.Name}", ConnectionInput.Existing(row), row, await Admin.DealershipChoicesAsync(),
                    i => Admin.UpdateAsync(row.Id, i), $"Saved {row.Name}.");
                break;
            case ConnectionActions.ReplaceSecret:
                await ReplaceSecretAsync(row);
                break;
            case ConnectionActions.Enable or ConnectionActions.Disable:
                await ToggleAsync(row);
                break;
            case ConnectionActions.Delete:
                await DeleteAsync(row);
                break;
        }
    }

    private async Task OpenEditorAsync(
        string title, ConnectionInput input, ConnectionRow? existing, IReadOnlyList<DealershipChoice> dealerships,
        Func<ConnectionInput, Task> save, string success)
    {
        var result = await Dialogs.OpenAsync<ConnectionEditor>(title, new Dictionary<string, object?>
        {
            [nameof(ConnectionEditor.Input)] = input,
            [nameof(ConnectionEditor.IsNew)] = existing is null,
            [nameof(ConnectionEditor.FromConfiguration)] = existing?.FromConfiguration ?? false,
            [nameof(ConnectionEditor.Dealerships)] = dealerships,
            [nameof(ConnectionEditor.Test)] = (Func<ConnectionInput, Task<ConnectionTestResult>>)(i => Operations.TestAsync(existing?.Id, i)),
            [nameof(ConnectionEditor.Save)] = save,
        }, new DialogOptions { Width = "36rem" });
        if (result is true)
        {
            await ReloadAsync();
            Notify(NotificationSeverity.Success, success);
        }
    }

    private async Task ReplaceSecretAsync(ConnectionRow row)
    {
        var result = await Dialogs.OpenAsync<SecretEditor>($"Replace secret of {row.Name}", new Dictionary<string, object?>
        {
            [nameof(SecretEditor.Input)] = new SecretInput(row.Vendor),
            [nameof(SecretEditor.Save)] = (Func<SecretInput, Task>)(i => Admin.ReplaceSecretAsync(row.Id, i)),
        }, new DialogOptions { Width = "30rem" });
        if (result is true)
        {
            await ReloadAsync();
            Notify(NotificationSeverity.Success, $"New credentials saved for {row.Name}.");
        }
    }

    private async Task ToggleAsync(ConnectionRow row)
    {
        var disable = row.Enabled;
        var question = disable
            ? $"Disable {row.Name}? It stops syncing, and its customers are no longer read live from {row.Vendor.DisplayName()}."
            : $"Enable {row.Name}? It syncs again on the schedule.";
        if (await Dialogs.Confirm(question, disable ? "Disable connection" : "Enable connection",
                new ConfirmOptions { OkButtonText = disable ? "Disable" : "Enable", CancelButtonText = "Cancel" }) == true)
        {
            await RunAsync(() => Admin.SetEnabledAsync(row.Id, !disable), $"{row.Name} is {(disable ? "disabled" : "enabled")}.");
        }
    }

    private async Task DeleteAsync(ConnectionRow row)
    {
        ConnectionDependents? dependents = null;
        await RunAsync(async () => dependents = await Admin.DependentsAsync(row.Id));
        if (dependents is null)
        {
            return;
        }
        var config = row.FromConfiguration ? " It is declared in configuration, so the next start adds it again." : "";
        if (await Dialogs.Confirm($"Delete {row.Name}? {dependents.Describe()}{config}", "Delete connection",
                new ConfirmOptions { OkButtonText = "Delete", CancelButtonText = "Cancel" }) == true)
        {
            await RunAsync(() => Admin.DeleteAsync(row.Id), $"{row.Name} is deleted.");
        }
    }

    /// <summary>Runs an action, reloads the list and reports the outcome; refusals from the service are shown, not thrown.</summary>
    private async Task RunAsync(Func<Task> action, string? success = null)
    {
        try
        {
            await action();
            if (success is not null)
            {
                Notify(NotificationSeverity.Success, success);
            }
        }
        catch (Exception e) when (e is AdminRuleException or AccessDeniedException)
        {
            Notify(NotificationSeverity.Error, e.Message);
        }
        await ReloadAsync();
    }

    private void Notify(NotificationSeverity severity, string text) =>
        Notifications.Notify(new NotificationMessage { Severity = severity, Summary = text, Duration = 6000 });
}
