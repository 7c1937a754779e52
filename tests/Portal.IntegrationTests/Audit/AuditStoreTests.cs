namespace Portal.IntegrationTests.Audit;

/// <summary>A test class with its own fresh audit store per test, seeded by <see cref="SeedAsync"/>.</summary>
public abstract class AuditStoreTests : IAsyncLifetime
{
    private AuditTestStore? _store;

    internal AuditTestStore Store => _store ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _store = await AuditTestStore.CreateAsync();
        await SeedAsync(_store);
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
        }
    }

    internal abstract Task SeedAsync(AuditTestStore store);
}
