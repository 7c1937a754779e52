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
    };
    new MutationObserver(sync).observe(dialog, { attributes: true, attributeFilter: ["class"] });
    document.getElementById("components-reconnect-button")?.addEventListener("click", async () => {
        try {
            const ok = await Blazor.reconnect();
            if (!ok) location.reload();
        } catch { location.reload(); }
    });
    document.getElementById("components-reload-button")?.addEventListener("click", () => location.reload());
})();
