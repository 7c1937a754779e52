using System.Globalization;

namespace Portal.Benchmarks;

/// <summary>What the figures were measured on: cores, memory, and the (shared) machine's load at a given moment.</summary>
public static class Machine
{
    public static int Cores => Environment.ProcessorCount;

    public static double MemoryGiB => GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024.0 * 1024 * 1024);

    /// <summary>The one-minute load average from /proc/loadavg (-1 where there is none).</summary>
    public static double LoadAverage()
    {
        try
        {
            var text = File.ReadAllText("/proc/loadavg");
            return double.Parse(text.Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return -1;
        }
    }

    public static string Describe() =>
        $"{Cores} cores, {MemoryGiB:0} GiB, {Environment.OSVersion}, .NET {Environment.Version}";
}
