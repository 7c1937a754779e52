namespace Portal.Benchmarks;

/// <summary>The checkout the benchmark runs from (the folder holding Portal.sln): content root of child portals.</summary>
public static class RepositoryRoot
{
    /// <summary>Above the current folder first (a build placed elsewhere), then above the benchmark's own folder.</summary>
    public static string Find() => Above(Environment.CurrentDirectory) ?? Above(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Portal.sln not found above " + AppContext.BaseDirectory);

    private static string? Above(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Portal.sln")))
            {
                return folder.FullName;
            }
        }
        return null;
    }
}
