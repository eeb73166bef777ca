// Similar published practices while a title and summary are typed (issue 13). Without this file the list still shows,
// rendered by the server when the form is opened or saved; this only refreshes it after a pause in the typing.
(function () {
    "use strict";
    var region = document.getElementById("similar-practices");
    var list = document.getElementById("similar-practices-list");
    var status = document.getElementById("similar-practices-status");
    var title = document.getElementById("Input_Title");
    var summary = document.getElementById("Input_Summary");
    if (!region || !list || !title || !summary || !window.fetch || !region.dataset.url) {
        return;
    }
    var timer = null;
    var pending = null;
    var last = title.value + "\n" + summary.value;

    function refresh() {
        var text = title.value + "\n" + summary.value;
        if (text === last) {
            return;
        }
        last = text;
        if (pending && pending.abort) {
            pending.abort();
        }
        pending = window.AbortController ? new AbortController() : null;
        var query = new URLSearchParams({ title: title.value, summary: summary.value });
        if (region.dataset.practiceId) {
            query.set("id", region.dataset.practiceId);
        }
        fetch(region.dataset.url + "?" + query.toString(), {
            credentials: "same-origin",
            headers: { "Accept": "text/html" },
            signal: pending ? pending.signal : undefined
        }).then(function (response) {
            // A lapsed sign-in answers with a redirect to the sign-in page: not a list to show.
            return response.ok && !response.redirected ? response.text() : null;
        }).then(function (html) {
            if (html === null) {
                return;
            }
            // The server's partial view: every text in it is HTML-encoded by Razor.
            list.innerHTML = html;
            var message = list.querySelector("[data-similar-status]");
            if (status && message) {
                status.textContent = message.textContent;
            }
        }).catch(function () {
            // Offline or aborted: the list keeps what it showed.
        });
    }

    function schedule() {
        window.clearTimeout(timer);
        timer = window.setTimeout(refresh, 800);
    }
    title.addEventListener("input", schedule);
    summary.addEventListener("input", schedule);
})();
