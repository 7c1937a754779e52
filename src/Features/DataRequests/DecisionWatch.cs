namespace Portal.Features.DataRequests;

/// <summary>While a page shows a decision that is still submitting, reloads it every two seconds so it turns submitted or failed.</summary>
internal static class DecisionWatch
{
    public static async Task RunAsync(Func<bool> submitting, Func<Task> reload, CancellationToken ct)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(2));
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                if (submitting())
                {
                    await reload();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the page was closed
        }
        catch (ObjectDisposedException)
        {
            // the circuit ended while reloading
        }
    }
}
