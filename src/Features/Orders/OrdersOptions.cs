namespace Portal.Features.Orders;

/// <summary>Configuration section "Orders".</summary>
public sealed class OrdersOptions
{
    public const string Section = "Orders";

    /// <summary>How many Guardant customers are asked at once when listing the whole dealership's orders.</summary>
    public int GuardantConcurrency { get; set; } = 8;

    /// <summary>Rows per page on the orders page.</summary>
    public int PageSize { get; set; } = 25;
}
