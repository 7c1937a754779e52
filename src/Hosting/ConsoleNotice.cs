namespace Portal.Hosting;

/// <summary>
/// Writes one-time notices (a generated password) to the console only: never through ILogger, whose
/// providers may persist to files or log services.
/// </summary>
public static class ConsoleNotice
{
    private static readonly Lock Gate = new();

    public static void Write(params string[] lines)
    {
        lock (Gate)
        {
            Console.Out.WriteLine(new string('=', 72));
            foreach (var line in lines)
            {
                Console.Out.WriteLine(line);
            }
            Console.Out.WriteLine(new string('=', 72));
            Console.Out.Flush();
        }
    }
}
