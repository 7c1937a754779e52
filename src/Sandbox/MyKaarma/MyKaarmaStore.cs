using System.Collections.Concurrent;
using Portal.Sandbox.People;

namespace Portal.Sandbox.MyKaarma;

/// <summary>
/// The emulator's data: every request is generated from the population on demand; requests changed by a review or
/// created through the sandbox controls are kept in an in-memory overlay (so a million people cost nothing until
/// read). Writes are serialised by one lock; readers see whole immutable requests.
/// </summary>
internal sealed class MyKaarmaStore
{
    private readonly ConcurrentDictionary<int, MkRequest> _overlay = new();
    private readonly MkRequestFactory _factory;
    private int _lastCreated;

    public MyKaarmaStore(SandboxPopulation population)
    {
        Population = population;
        Ids = new MkIds(population.Seed);
        _factory = new MkRequestFactory(population);
        Renderer = new MkRenderer(population, Ids, Content = new MkVaultContent(population));
        _lastCreated = population.Size - 1;
    }

    public SandboxPopulation Population { get; }

    public MkIds Ids { get; }

    public MkRenderer Renderer { get; }

    public MkVaultContent Content { get; }

    /// <summary>Held by writers (reviews, sandbox controls) so that read-check-write sequences are atomic.</summary>
    public Lock Writes { get; } = new();

    public MkRequest? Find(int index) =>
        _overlay.TryGetValue(index, out var changed) ? changed : _factory.Exists(index) ? _factory.Create(index) : null;

    public MkRequest? FindByToken(string token) => Ids.TokenIndex(token) is { } index ? Find(index) : null;

    /// <summary>Replaces a request (call under <see cref="Writes"/>).</summary>
    public void Save(MkRequest request) => _overlay[request.Index] = request;

    /// <summary>Adds a request made through the sandbox controls; it gets the next index after the population.</summary>
    public MkRequest Add(Func<int, MkRequest> create)
    {
        var request = create(Interlocked.Increment(ref _lastCreated));
        _overlay[request.Index] = request;
        return request;
    }

    /// <summary>Open requests from index <paramref name="from"/> on, oldest first; the next index to ask from, or null at the end.</summary>
    public (IReadOnlyList<MkRequest> Page, int? Next) Open(int from, int pageSize)
    {
        var end = Volatile.Read(ref _lastCreated) + 1;
        var page = new List<MkRequest>(pageSize);
        var index = Math.Max(from, 0);
        for (; index < end && page.Count < pageSize; index++)
        {
            var request = _overlay.TryGetValue(index, out var changed) ? changed
                : _factory.Exists(index) && _factory.IsOpen(index) ? _factory.Create(index)
                : null;
            if (request?.IsOpen == true)
            {
                page.Add(request);
            }
        }
        return (page, index < end ? index : null);
    }

    /// <summary>The first index myKaarma holds at or after <paramref name="from"/>, for requests made on someone's behalf.</summary>
    public int? HeldPerson(int from)
    {
        for (var i = Math.Max(from, 0); i < Population.Size; i++)
        {
            if (Population.Holds(i, SandboxVendor.MyKaarma))
            {
                return i;
            }
        }
        return null;
    }
}
