using Microsoft.AspNetCore.Components;
using Portal.Security;
using Radzen;

namespace Portal.Features.Admin;

/// <summary>
/// The add/edit forms shown in a dialog: they save through a service call and close on success, and show the
/// service's refusal (an admin rule, or access denied) inside the form instead of closing.
/// </summary>
public abstract class AdminDialogForm<TInput> : ComponentBase
{
    [Inject]
    protected DialogService Dialogs { get; set; } = default!;

    [Parameter, EditorRequired]
    public TInput Input { get; set; } = default!;

    [Parameter]
    public bool IsNew { get; set; }

    [Parameter, EditorRequired]
    public Func<TInput, Task> Save { get; set; } = _ => Task.CompletedTask;

    protected string? Error { get; private set; }

    protected bool Busy { get; private set; }

    protected async Task SubmitAsync()
    {
        Busy = true;
        Error = null;
        try
        {
            await Save(Input);
            Dialogs.Close(true);
        }
        catch (Exception e) when (e is AdminRuleException or AccessDeniedException)
        {
            Error = e.Message;
        }
        finally
        {
            Busy = false;
        }
    }
}
