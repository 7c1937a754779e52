using Radzen;

namespace Portal.Features.Orders;

/// <summary>Opens an order's detail drawer (a side dialog on the right).</summary>
public static class OrderDrawer
{
    public static Task OpenAsync(DialogService dialogs, OrderRow row) =>
        dialogs.OpenSideAsync<OrderDetailDialog>($"{OrderDisplay.KindName(row.Kind)} {row.Order.Number ?? row.Order.Source.ExternalId}",
            new Dictionary<string, object?> { [nameof(OrderDetailDialog.Row)] = row },
            new SideDialogOptions { Position = DialogPosition.Right, Width = "560px", CloseDialogOnOverlayClick = true });
}
