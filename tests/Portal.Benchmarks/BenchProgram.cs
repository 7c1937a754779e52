namespace Portal.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Portal.Benchmarks -- [--size tiny|small|full] [--only scenario]...
/// [--database sqlite|postgres] [--out folder] [--cache folder]</c>, or <c>./scripts/bench.sh</c>. Prints the table and writes the JSON.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        var size = "small";
        var database = "sqlite";
        var only = new List<string>();
        var root = RepositoryRoot.Find();
        // Outside a test project WebApplicationFactory cannot find the portal's content root by itself.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_PORTAL", root);
        // The test suite's PostgreSQL pass switch would take the portals over; --database chooses here.
        Environment.SetEnvironmentVariable(TestDatabase.ProviderVariable, null);
        var output = Path.Combine(root, "bench-results");
        var cache = Path.Combine(root, "bench-cache");
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--size": size = args[i + 1]; break;
                case "--only": only.AddRange(args[i + 1].Split(',', StringSplitOptions.RemoveEmptyEntries)); break;
                case "--database": database = args[i + 1]; break;
                case "--out": output = Path.GetFullPath(args[i + 1]); break;
                case "--cache": cache = Path.GetFullPath(args[i + 1]); break;
                default: return Usage();
            }
        }
        if (args.Length % 2 != 0)
        {
            return Usage();
        }
        var run = await BenchRunner.RunAsync(BenchSizes.Named(size), only, cache, Console.Out, BenchDatabase.Named(database)) with
        {
            Command = "./scripts/bench.sh " + string.Join(' ', args),
        };
        Console.Out.WriteLine();
        Console.Out.WriteLine(BenchReport.Table(run));
        Console.Out.WriteLine($"Figures written to {BenchReport.Write(run, output)}");
        return run.Failures.Count == 0 ? 0 : 1;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: bench [--size tiny|small|full] [--only index,live,sync,audit,circuits,start] [--database sqlite|postgres] [--out folder] [--cache folder]");
        return 2;
    }
}
