using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Portal.Data;

namespace Portal.Features.Audit;

/// <summary>The chain's newest entry, anchored outside the database so that cutting off the newest rows shows.</summary>
public sealed record AuditHead(long Sequence, string Hash);

/// <summary>
/// The two files that live outside the database: the HMAC key (32 random bytes, mode 600) and the head anchor
/// (sequence and hash of the newest entry, replaced atomically after every commit). Both sit beside the Data
/// Protection key ring, so one backup of the keys folder covers them.
/// </summary>
public sealed class AuditKeyFiles
{
    private const int KeyLength = 32;
    private readonly Lock _gate = new();
    private byte[]? _key;

    public AuditKeyFiles(IOptions<AuditOptions> options, IConfiguration config, IHostEnvironment environment, PortalDatabaseLocation database)
    {
        var root = environment.ContentRootPath;
        KeyFile = options.Value.HmacKeyFile is { Length: > 0 } configured
            ? Path.GetFullPath(configured, root)
            : Path.Combine(KeysFolder(config, root, database), "audit-hmac.key");
        HeadFile = Path.Combine(Path.GetDirectoryName(KeyFile) ?? ".", "audit-head.json");
    }

    public string KeyFile { get; }

    public string HeadFile { get; }

    public bool KeyExists => File.Exists(KeyFile);

    /// <summary>The key; throws when its file is missing (only <see cref="CreateKey"/> makes one).</summary>
    public byte[] Key
    {
        get
        {
            lock (_gate)
            {
                if (_key is null)
                {
                    var bytes = File.Exists(KeyFile) ? File.ReadAllBytes(KeyFile) : throw new AuditKeyMissingException(KeyFile);
                    _key = bytes.Length == KeyLength ? bytes : throw new InvalidOperationException($"The audit key file {KeyFile} is not {KeyLength} bytes long.");
                }
                return _key;
            }
        }
    }

    /// <summary>Creates a new random key; refuses to replace an existing one.</summary>
    public void CreateKey()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyFile) ?? ".");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using var file = new FileStream(KeyFile, options);
        file.Write(RandomNumberGenerator.GetBytes(KeyLength));
        file.Flush(flushToDisk: true);
    }

    /// <summary>The head anchor; null when there is none yet; <see cref="InvalidDataException"/> when it is unreadable.</summary>
    public AuditHead? ReadHead()
    {
        if (!File.Exists(HeadFile))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<AuditHead>(File.ReadAllText(HeadFile)) is { Hash.Length: > 0 } head
                ? head
                : throw new InvalidDataException($"The audit head file {HeadFile} is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The audit head file {HeadFile} is not readable.", ex);
        }
    }

    /// <summary>
    /// Writes a temporary file and renames it over the old one: readers see the old head or the new, never half. The
    /// temporary name is unique, since several instances may share the keys folder (the last rename wins; a head
    /// that lags behind another instance's newer commit is harmless, as below).
    /// No fsync: it would double the cost of every commit (measured: ~5 ms against ~1.5 ms for the commit itself),
    /// and a head that lags after a power cut is harmless, since the verifier accepts a chain longer than its head.
    /// </summary>
    public void WriteHead(AuditHead head)
    {
        var temp = $"{HeadFile}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(head));
        File.Move(temp, HeadFile, overwrite: true);
    }

    // The same folder PortalHostingExtensions gives the Data Protection key ring.
    private static string KeysFolder(IConfiguration config, string root, PortalDatabaseLocation database) =>
        config["DataProtection:KeysFolder"] is { Length: > 0 } keys ? Path.GetFullPath(keys, root) : Path.Combine(database.Folder, "keys");
}

/// <summary>The audit log has entries but its key is gone: nothing can be verified, and a new key would hide that.</summary>
public sealed class AuditKeyMissingException(string path)
    : Exception($"The audit HMAC key file {path} is missing. Restore it from the backup of the keys folder; the audit log cannot be written or verified without it.");
