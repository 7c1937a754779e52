namespace Portal.IntegrationTests;

/// <summary>A measurement run by hand: skipped unless the named environment variable is set.</summary>
public sealed class BenchmarkFactAttribute(string variable) : RequiresEnvFactAttribute(variable, "A benchmark");
