namespace Portal.Features.Audit;

/// <summary>The kinds of things an entry's target can be; the audit page filters by these.</summary>
public static class AuditTargetTypes
{
    public const string Customer = "customer";
    public const string DataRequest = "datarequest";
    public const string Order = "order";
    public const string Connection = "connection";
    public const string Dealership = "dealership";
    public const string User = "user";

    /// <summary>A sign-in attempt for an email that matches no user (the id is the masked email).</summary>
    public const string Account = "account";

    /// <summary>A page or endpoint path (access denied).</summary>
    public const string Page = "page";

    /// <summary>The audit log itself (viewed, exported, verified, retention).</summary>
    public const string AuditLog = "audit";

    public static IReadOnlyList<string> All { get; } = [Customer, DataRequest, Order, Connection, Dealership, User, Account, Page, AuditLog];
}
