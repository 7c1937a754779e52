using System.Collections.Concurrent;

namespace Portal.Sandbox;

/// <summary>The faults in force per vendor: seeded from configuration, changed at run time through /sandbox/_faults.</summary>
public sealed class FaultRegistry
{
    private readonly ConcurrentDictionary<string, FaultState> _byVendor = new(StringComparer.OrdinalIgnoreCase);

    public FaultRegistry(SandboxOptions options)
    {
        foreach (var (vendor, settings) in options.Faults)
        {
            Set(vendor, settings);
        }
    }

    public FaultSettings Get(string vendor) => _byVendor.TryGetValue(vendor, out var state) ? state.Settings : FaultSettings.None;

    public void Set(string vendor, FaultSettings settings) => _byVendor[vendor] = new FaultState(settings);

    public void Clear(string vendor) => _byVendor.TryRemove(vendor, out _);

    public void ClearAll() => _byVendor.Clear();

    /// <summary>The settings that apply to this request, consuming one of a counted budget; null when none apply.</summary>
    public FaultSettings? Take(string vendor, string method, string path)
    {
        if (!_byVendor.TryGetValue(vendor, out var state))
        {
            return null;
        }
        var s = state.Settings;
        if (s.Method is { } m && !string.Equals(m, method, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (s.PathContains is { } p && !path.Contains(p, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        if (s.Count is not null && Interlocked.Decrement(ref state.Remaining) < 0)
        {
            _byVendor.TryRemove(new KeyValuePair<string, FaultState>(vendor, state));
            return null;
        }
        return s;
    }

    private sealed class FaultState(FaultSettings settings)
    {
        public FaultSettings Settings { get; } = settings;

        public int Remaining = settings.Count ?? int.MaxValue;
    }
}
