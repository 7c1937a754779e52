namespace Portal.IntegrationTests;

/// <summary>A measurement run by hand: skipped unless the named environment variable is set.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute(string variable)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            Skip = $"A benchmark: set {variable} to run it.";
        }
    }
}
