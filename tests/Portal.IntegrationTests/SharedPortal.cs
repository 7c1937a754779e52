namespace Portal.IntegrationTests;

/// <summary>One running portal shared by the tests of a class (start-up costs about two seconds).</summary>
public sealed class SharedPortal : IDisposable
{
    public PortalAppFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
