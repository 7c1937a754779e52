using System.Globalization;

namespace Portal.Features.Customers.Profile;

/// <summary>"12 s ago", "5 min ago", "3 h ago", "2 d ago": how old a copy is, in words a reader compares at a glance.</summary>
public static class Ages
{
    public static string Describe(DateTimeOffset then, DateTimeOffset now)
    {
        var age = now - then;
        return age switch
        {
            { TotalSeconds: < 1 } => "just now",
            { TotalMinutes: < 1 } => $"{(int)age.TotalSeconds} s ago",
            { TotalHours: < 1 } => $"{(int)age.TotalMinutes} min ago",
            { TotalDays: < 1 } => $"{(int)age.TotalHours} h ago",
            _ => $"{(int)age.TotalDays} d ago",
        };
    }

    public static string Clock(DateTimeOffset at) => at.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
