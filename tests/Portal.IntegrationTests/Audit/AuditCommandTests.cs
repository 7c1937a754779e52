namespace Portal.IntegrationTests.Audit;

/// <summary>`Portal audit verify` against a database: one line, exit 0 when intact and 1 at the first failing entry.</summary>
public sealed class AuditCommandTests : AuditStoreTests
{
    internal override Task SeedAsync(AuditTestStore store) => store.AppendAsync(12);

    [Fact]
    public async Task AuditVerify_IntactChain_ExitsZeroWithCount()
    {
        var (exitCode, output) = await PortalProcess.RunAsync(Store.Folder, ["audit", "verify", .. AuditTestStore.Arguments(Store.Folder)]);

        Assert.Equal(0, exitCode);
        Assert.StartsWith("Audit chain intact: 12 entries verified in", output);
    }

    [Fact]
    public async Task AuditVerify_EditedEntry_ExitsOneNamingIt()
    {
        await Store.TamperAndVerifyAsync("UPDATE AuditEntries SET ActorName = 'Nobody' WHERE Sequence = 5");

        var (exitCode, output) = await PortalProcess.RunAsync(Store.Folder, ["audit", "verify", .. AuditTestStore.Arguments(Store.Folder)]);

        Assert.Equal(1, exitCode);
        Assert.StartsWith("Audit chain BROKEN at entry 5:", output);
    }

    [Fact]
    public async Task AuditVerify_NoDatabase_ExitsOne()
    {
        var empty = Path.Combine(Store.Folder, "empty");
        Directory.CreateDirectory(empty);

        var (exitCode, output) = await PortalProcess.RunAsync(empty, ["audit", "verify", .. AuditTestStore.Arguments(empty)]);

        Assert.Equal(1, exitCode);
        Assert.Contains("no database", output);
    }
}
