using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Portal.TestSupport.Processes;

/// <summary>
/// A loopback TCP relay in front of the portal that can cut the network: <see cref="Cut"/> drops every open connection
/// (the circuit's WebSocket included, which the browser's offline emulation leaves open) and refuses new ones until
/// <see cref="Restore"/>. The browser talks to <see cref="Root"/>; bytes pass through unchanged (same Host and Origin).
/// </summary>
public sealed class NetworkCut : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly IPEndPoint _target;
    private readonly ConcurrentDictionary<TcpClient, TcpClient> _open = new();
    private readonly CancellationTokenSource _stop = new();
    private volatile bool _cut;

    public NetworkCut(Uri target)
    {
        _target = new IPEndPoint(IPAddress.Parse(target.Host), target.Port);
        _listener.Start();
        Root = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _ = AcceptAsync();
    }

    public Uri Root { get; }

    public void Cut()
    {
        _cut = true;
        foreach (var (client, server) in _open)
        {
            Close(client, server);
        }
    }

    public void Restore() => _cut = false;

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            if (_cut)
            {
                client.Client.LingerState = new LingerOption(true, 0); // a reset, as an unreachable network gives
                client.Dispose();
                continue;
            }
            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        var server = new TcpClient();
        try
        {
            await server.ConnectAsync(_target, _stop.Token);
            _open[client] = server;
            var up = client.GetStream().CopyToAsync(server.GetStream(), _stop.Token);
            var down = server.GetStream().CopyToAsync(client.GetStream(), _stop.Token);
            await Task.WhenAny(up, down);
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // cut, or closed by either side
        }
        finally
        {
            Close(client, server);
        }
    }

    private void Close(TcpClient client, TcpClient server)
    {
        _open.TryRemove(client, out _);
        client.Dispose();
        server.Dispose();
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        Cut();
        _stop.Dispose();
    }
}
