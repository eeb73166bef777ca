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
        if (window.jQuery && window.jQuery(form).valid && !window.jQuery(form).valid()) {
            return;
        }
        form.dataset.submitting = "true";
        window.setTimeout(function () { form.dataset.submitting = "false"; }, 5000);
    });
})();
