using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Portal.Features.Audit;
using Portal.Features.Connections;
using Portal.Security;
using Portal.Security.Throttling;
using Portal.Vendors;
using Portal.Vendors.Model;

namespace Portal.Features.Customers.Search.Live;

/// <summary>
/// "Search vendors live": asks every enabled connection (of the user's dealerships) whose vendor can search, all at
/// once, each with its own deadline, and yields each answer as it arrives, so one slow or failing vendor neither
/// delays nor hides the others. The whole fan-out takes as long as the slowest source, not the sum.
/// </summary>
public sealed class LiveVendorSearchService(
    ICurrentUser currentUser, ConnectionCatalog connections, IVendorClientFactory clients, IEnumerable<ILiveSearchSource> sources,
    ICustomerDirectory directory, IAuditLog audit, IActionThrottle throttle)
{
    /// <summary>Each source's deadline; a source still silent then is reported as timed out.</summary>
    public static TimeSpan Deadline { get; } = TimeSpan.FromSeconds(5);

    private readonly Dictionary<VendorKind, ILiveSearchSource> _sources = sources.ToDictionary(s => s.Vendor);

    public IReadOnlyCollection<VendorKind> Vendors => _sources.Keys;

    public async IAsyncEnumerable<LiveSourceAnswer> SearchAsync(LiveQuery query, int? dealershipId, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var user = await currentUser.GetAsync(ct);
        user.Demand(PortalPolicies.Customers);
        throttle.Demand(user, ExpensiveAction.LiveSearch); // every live search costs a call to each vendor
        if (dealershipId is { } requested && !user.CanSeeDealership(requested))
        {
            yield break; // a tampered filter asks nobody
        }
        IReadOnlyCollection<int>? scope = dealershipId is { } d ? [d] : user.IsAdmin ? null : user.DealershipIds;
        var targets = scope is { Count: 0 } ? [] : await connections.ListEnabledAsync(scope, _sources.Keys, ct);
        var answers = Channel.CreateUnbounded<LiveSourceAnswer>();
        var asking = Task.WhenAll(targets.Select(t => Task.Run(async () => answers.Writer.TryWrite(await AskAsync(user, t.Connection, query, ct)), ct)))
            .ContinueWith(_ => answers.Writer.TryComplete(), TaskScheduler.Default);
        var received = new List<LiveSourceAnswer>();
        await foreach (var answer in answers.Reader.ReadAllAsync(ct))
        {
            received.Add(answer);
            yield return answer;
        }
        await asking;
        await audit.RecordAsync(new AuditEvent(AuditActions.CustomerSearched)
        {
            DealershipId = dealershipId,
            Detail = SearchAuditDetail.Live(query, received),
        }, ct);
    }

    private async Task<LiveSourceAnswer> AskAsync(UserContext user, VendorConnection connection, LiveQuery query, CancellationToken ct)
    {
        var source = _sources[connection.Vendor];
        var watch = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(Deadline);
        var answer = new LiveSourceAnswer(connection.Name, connection.Vendor, source.Method, TimeSpan.Zero);
        try
        {
            var records = await source.SearchAsync(clients.Create(connection), query, deadline.Token);
            var customers = new List<LiveCustomer>();
            foreach (var record in records.Take(20))
            {
                customers.Add(new LiveCustomer(record.Source, record.DisplayName, record.Emails, record.Phones,
                    await directory.PersonOfAsync(user, record.Source, ct)));
            }
            return answer with { Customers = customers, Elapsed = watch.Elapsed };
        }
        catch (VendorApiException e)
        {
            return answer with { Problem = VendorFailureReasons.Describe(e), Elapsed = watch.Elapsed };
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return answer with { Problem = $"timed out (no answer within {Deadline.TotalSeconds:0} s)", Elapsed = watch.Elapsed };
        }
    }
}
