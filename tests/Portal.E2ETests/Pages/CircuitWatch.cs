using System.Text;

namespace Portal.E2ETests.Pages;

/// <summary>
/// Completes when the page's Blazor circuit has rendered (the first render batch arrived over its WebSocket). A click
/// on a navigation link before then changes the URL but renders nothing, so journeys wait for this first.
/// </summary>
public sealed class CircuitWatch
{
    private static readonly byte[] RenderBatch = Encoding.ASCII.GetBytes("JS.RenderBatch");
    private readonly TaskCompletionSource _rendered = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Start watching before the navigation that opens the circuit.</summary>
    public CircuitWatch(IPage page) =>
        page.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) =>
        {
            if (frame.Binary is { } bytes && bytes.AsSpan().IndexOf(RenderBatch) >= 0)
            {
                _rendered.TrySetResult();
            }
        };

    public Task RenderedAsync() => _rendered.Task.WaitAsync(TimeSpan.FromSeconds(15));
}
