// The blazor.web.js we ship comes from ASP.NET Core 9 (see build/BlazorWebJs.targets), which does not raise the
// .NET 10 "components-reconnect-state-changed" event. It does set classes on #components-reconnect-modal, so we
// watch the class attribute and open or close the dialog from it.
(() => {
    const dialog = document.getElementById("components-reconnect-modal");
    if (!dialog) return;
    const states = ["show", "failed", "rejected"];
    const sync = () => {
        const state = states.find(s => dialog.classList.contains(`components-reconnect-${s}`));
        dialog.dataset.state = state ?? "hide";
        if (state && !dialog.open) dialog.showModal();
        if (!state && dialog.open) dialog.close();
        // The server no longer has this circuit (it outlived its retention, or the portal restarted): start afresh,
        // as the .NET 10 template does. Out of retries: try again as soon as the tab is looked at.
        if (state === "rejected") location.reload();
        if (state === "failed") document.addEventListener("visibilitychange", retryWhenVisible);
    };
    const retry = async () => {
        try {
            const ok = await Blazor.reconnect();
            if (!ok) location.reload();
        } catch { location.reload(); }
    };
    const retryWhenVisible = () => {
        if (document.visibilityState !== "visible") return;
        document.removeEventListener("visibilitychange", retryWhenVisible);
        retry();
    };
    new MutationObserver(sync).observe(dialog, { attributes: true, attributeFilter: ["class"] });
    document.getElementById("components-reconnect-button")?.addEventListener("click", retry);
    document.getElementById("components-reload-button")?.addEventListener("click", () => location.reload());
})();
