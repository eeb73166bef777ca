// Network workspace: progressive enhancement only. Every page works without this file.
(function () {
    "use strict";

    // Move focus to the error summary so screen-reader and keyboard users land on the list of problems.
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
        summary.focus();
    }

    // Show the fields of the chosen option only (commitment kind, report scope); without script all stay visible.
    function toggleGroup(radioName, attribute) {
        var radios = document.querySelectorAll("input[type=radio][name='" + radioName + "']");
        var panels = document.querySelectorAll("[" + attribute + "]");
        if (!radios.length || !panels.length) {
            return;
        }
        function update() {
            var checked = document.querySelector("input[type=radio][name='" + radioName + "']:checked");
            var value = checked ? checked.value : "";
            panels.forEach(function (panel) {
                panel.hidden = panel.getAttribute(attribute) !== value;
            });
        }
        radios.forEach(function (radio) { radio.addEventListener("change", update); });
        update();
    }
    toggleGroup("Input.Kind", "data-show-when-kind");
    toggleGroup("Input.ScopeKind", "data-show-when-scope");

    // Report status: poll the JSON status until the job has finished, announcing changes politely.
    var job = document.querySelector("[data-report-status]");
    if (job) {
        var url = job.getAttribute("data-report-status");
        var bar = document.getElementById("report-progress");
        var message = document.getElementById("report-status-message");
        var links = document.getElementById("report-links");
        document.querySelectorAll("[data-hide-with-script]").forEach(function (el) { el.hidden = true; });
        var poll = function () {
            fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
                .then(function (response) {
                    if (!response.ok) {
                        throw new Error("HTTP " + response.status);
                    }
                    return response.json();
                })
                .then(function (status) {
                    bar.value = status.progress;
                    bar.textContent = status.progress + " %";
                    if (message.textContent !== status.message) {
                        message.textContent = status.message;
                    }
                    if (status.finished) {
                        if (status.downloadUrl) {
                            links.hidden = false;
                        }
                        return;
                    }
                    window.setTimeout(poll, 1000);
                })
                .catch(function () {
                    // Network hiccup: show the reload link again and keep trying more slowly.
                    document.querySelectorAll("[data-hide-with-script]").forEach(function (el) { el.hidden = false; });
                    window.setTimeout(poll, 5000);
                });
        };
        poll();
    }

    var printButton = document.querySelector("[data-print]");
    if (printButton) {
        printButton.hidden = false;
        printButton.addEventListener("click", function () { window.print(); });
    }
})();
