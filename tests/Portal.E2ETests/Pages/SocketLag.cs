using System.Text;
using System.Text.RegularExpressions;

namespace Portal.E2ETests.Pages;

/// <summary>
/// Makes the circuit lag at a chosen moment: from the first server message that contains a marker (e.g. a JS call's
/// name), the server's messages reach the page only after a pause, still in order, as on a loaded server. The page's
/// own messages pass unchanged. Set it up before the navigation that opens the circuit.
/// </summary>
public static class SocketLag
{
    public static Task HoldFromAsync(IPage page, string marker, TimeSpan pause) =>
        page.RouteWebSocketAsync(new Regex("/_blazor"), socket =>
        {
            var server = socket.ConnectToServer();
            var bytes = Encoding.UTF8.GetBytes(marker);
            var gate = new Lock();
            var chain = Task.CompletedTask;
            var held = false;
            server.OnMessage(frame =>
            {
                lock (gate)
                {
                    if (!held && Contains(frame, marker, bytes))
                    {
                        held = true;
                        chain = chain.ContinueWith(_ => Task.Delay(pause), TaskScheduler.Default).Unwrap();
                    }
                    chain = chain.ContinueWith(_ => Forward(socket, frame), TaskScheduler.Default);
                }
            });
        });

    private static bool Contains(IWebSocketFrame frame, string marker, byte[] bytes) =>
        frame.Binary is { } binary ? binary.AsSpan().IndexOf(bytes) >= 0 : frame.Text?.Contains(marker, StringComparison.Ordinal) == true;

    private static void Forward(IWebSocketRoute socket, IWebSocketFrame frame)
    {
        if (frame.Binary is { } binary)
        {
            socket.Send(binary);
        }
        else
        {
            socket.Send(frame.Text ?? "");
        }
    }
}
