namespace Portal.Features.Connections.Admin;

/// <summary>The row actions of the Connections page, by their visible (and accessible) label.</summary>
public static class ConnectionActions
{
    public const string Test = "Test connection";
    public const string Sync = "Sync now";
    public const string Edit = "Edit";
    public const string ReplaceSecret = "Replace secret";
    public const string Enable = "Enable";
    public const string Disable = "Disable";
    public const string Delete = "Delete";
}
