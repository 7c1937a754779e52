namespace Portal.IntegrationTests;

/// <summary>A fact that runs only when the named environment variable is set (a benchmark, a run-wide verdict).</summary>
public class RequiresEnvFactAttribute : FactAttribute
{
    public RequiresEnvFactAttribute(string variable, string what)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            Skip = $"{what}: set {variable} to run it.";
        }
    }
}
