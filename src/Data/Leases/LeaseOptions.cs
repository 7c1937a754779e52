namespace Portal.Data.Leases;

/// <summary>Instance settings: who this instance is and how long its leases last.</summary>
public sealed class LeaseOptions
{
    public const string Section = "Instance";

    /// <summary>This instance's id in the Leases table; empty = machine name and process id.</summary>
    public string? Id { get; set; }

    /// <summary>A lease not renewed for this long lapses, and another instance may take the work over.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often a holder renews (well within <see cref="LeaseDuration"/>) and others try to take a free lease.</summary>
    public TimeSpan LeaseRenewEvery { get; set; } = TimeSpan.FromSeconds(10);
}

/// <summary>This process's id among the instances sharing the database.</summary>
public sealed class InstanceIdentity(Microsoft.Extensions.Options.IOptions<LeaseOptions> options)
{
    /// <summary>Configured, or machine:process:random (the random part tells apart two hosts in one process, as in tests).</summary>
    public string Id { get; } = options.Value.Id is { Length: > 0 } id
        ? id
        : $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";
}
