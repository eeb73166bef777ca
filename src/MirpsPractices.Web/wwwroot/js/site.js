// Progressive enhancement only: every page works without this file.
(function () {
    "use strict";
    // Guard forms against double submission: the first click wins, later clicks are ignored.
    document.addEventListener("submit", function (event) {
        var form = event.target;
        if (!(form instanceof HTMLFormElement) || form.hasAttribute("data-allow-resubmit")) {
            return;
        }
        if (event.defaultPrevented && form.dataset.submitting !== "true") {
            // Held back by the page's own script (the practice form waits for an autosave): not sent, so not a first click.
            return;
        }
        if (form.dataset.submitting === "true") {
            event.preventDefault();
            return;
        }
        form.dataset.submitting = "true";
        window.setTimeout(function () { form.dataset.submitting = "false"; }, 5000);
    });
    // The navbar's menu button on narrow screens (Bootstrap's collapse without its JavaScript bundle): the button's
    // data-bs-target element gets Bootstrap's "show" class, aria-expanded follows, and Escape closes the menu again.
    document.querySelectorAll("[data-bs-toggle='collapse'][data-bs-target]").forEach(function (button) {
        var target = document.querySelector(button.getAttribute("data-bs-target"));
        if (!target) {
            return;
        }
        function set(open) {
            target.classList.toggle("show", open);
            button.setAttribute("aria-expanded", open ? "true" : "false");
            button.classList.toggle("collapsed", !open);
        }
        button.addEventListener("click", function () { set(!target.classList.contains("show")); });
        target.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && target.classList.contains("show")) {
                set(false);
                button.focus();
            }
        });
    });
})();
