using System.Security.Cryptography;

namespace Portal.Security;

/// <summary>
/// A 32-byte secret kept in a file beside the Data Protection key ring (never in the database), created on first
/// use with owner-only permissions. Used for keyed hashes that must not be recomputable from the database alone.
/// </summary>
public static class SecretKeyFile
{
    private static readonly Lock Gate = new();

    public static byte[] LoadOrCreate(string path)
    {
        lock (Gate)
        {
            if (File.Exists(path))
            {
                var existing = File.ReadAllBytes(path);
                return existing.Length == 32 ? existing
                    : throw new InvalidOperationException($"The key file {path} is damaged (expected 32 bytes). Restore it from backup.");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
            var key = RandomNumberGenerator.GetBytes(32);
            var temp = path + ".tmp";
            var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using (var stream = new FileStream(temp, options))
            {
                stream.Write(key);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, path);
            return key;
        }
    }
}
