namespace Portal.Features.Audit;

/// <summary>The catalogue of audited actions. Add a constant here for every new action; nothing records a free string.</summary>
public static class AuditActions
{
    public const string SignInSucceeded = "auth.signin.succeeded";
    public const string SignInFailed = "auth.signin.failed";
    public const string SignInLockedOut = "auth.signin.lockedout";
    public const string SignOut = "auth.signout";
    public const string AccessDenied = "auth.access.denied";

    public const string CustomerSearched = "customer.searched";
    public const string CustomerViewed = "customer.viewed";
    public const string CustomerPiiRevealed = "customer.pii.revealed";
    public const string CustomerUpdated = "customer.updated";
    public const string CustomerLinkConfirmed = "customer.link.confirmed";
    public const string CustomerLinkSplit = "customer.link.split";

    /// <summary>One sync run of one connection (by the system actor), by how it ended.</summary>
    public const string SyncRunCompleted = "sync.run.completed";
    public const string SyncRunFailed = "sync.run.failed";
    public const string SyncRunCancelled = "sync.run.cancelled";
    /// <summary>A run the portal's process ended mid-way (found Running at the next start).</summary>
    public const string SyncRunInterrupted = "sync.run.interrupted";

    public const string DataRequestViewed = "datarequest.document.viewed";
    public const string DataRequestApproved = "datarequest.approved";
    public const string DataRequestDeclined = "datarequest.declined";
    public const string DataRequestRequestedAgain = "datarequest.requestedagain";
    /// <summary>An admin decided an item without being among its approvers (with the override's reason).</summary>
    public const string DataRequestOverridden = "datarequest.override";
    /// <summary>The sender's outcome of a decision (system actor): myKaarma acknowledged it, or refused it.</summary>
    public const string DataRequestSubmitted = "datarequest.submitted";
    public const string DataRequestSubmitFailed = "datarequest.submit.failed";
    public const string DataRequestRetried = "datarequest.retried";
    public const string DataRequestsRefreshed = "datarequest.refreshed";

    public const string OrdersViewed = "orders.viewed";
    public const string OrdersExported = "orders.exported";
    public const string OrderDetailViewed = "orders.detail.viewed";

    public const string ConnectionCreated = "connection.created";
    public const string ConnectionUpdated = "connection.updated";
    public const string ConnectionTested = "connection.tested";
    public const string ConnectionSecretReplaced = "connection.secret.replaced";
    public const string ConnectionEnabled = "connection.enabled";
    public const string ConnectionDisabled = "connection.disabled";
    public const string ConnectionDeleted = "connection.deleted";

    public const string DealershipCreated = "dealership.created";
    public const string DealershipUpdated = "dealership.updated";

    public const string UserCreated = "user.created";
    public const string UserUpdated = "user.updated";
    public const string UserRolesChanged = "user.roles.changed";
    public const string UserDealershipsChanged = "user.dealerships.changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string UserUnlocked = "user.unlocked";
    public const string UserPasswordReset = "user.password.reset";
    public const string UserPasswordChanged = "user.password.changed";

    public const string AuditViewed = "audit.viewed";
    public const string AuditExported = "audit.exported";
    public const string AuditVerified = "audit.verified";
    public const string AuditRetention = "audit.retention.checkpoint";

    /// <summary>Written only by the hidden <c>audit selftest-write</c> command, into a database it creates itself.</summary>
    public const string AuditSelfTest = "audit.selftest";

    /// <summary>Every action of the catalogue, for validation and the audit page's filter.</summary>
    public static IReadOnlySet<string> All { get; } = typeof(AuditActions)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => f.GetRawConstantValue()).OfType<string>()
        .ToHashSet(StringComparer.Ordinal);

    /// <summary>Actions that must carry a reason: reveals, declines and overrides.</summary>
    public static IReadOnlySet<string> RequiringReason { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        CustomerPiiRevealed, DataRequestDeclined, DataRequestRequestedAgain, DataRequestOverridden,
    };
}
