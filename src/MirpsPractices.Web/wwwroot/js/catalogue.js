// Progressive enhancement of the catalogue: the form already works without this file (every state is in the URL).
(function () {
    "use strict";
    document.documentElement.classList.add("js");
    var form = document.getElementById("catalogue-form");
    if (form) {
        // A changed filter or sort order applies at once; the new URL keeps the whole state, so Back returns here.
        form.addEventListener("change", function (event) {
            var target = event.target;
            // The cards' compare checkboxes sit inside this form in the page but belong to #compare-form.
            if (target && target.form !== form) { return; }
            if (target && (target.type === "checkbox" || target.id === "catalogue-sort")) {
                if (target.type === "checkbox") {
                    // A new filter starts again from the first page.
                    var page = form.querySelector("input[name=page]");
                    if (page) { page.remove(); }
                }
                form.requestSubmit ? form.requestSubmit() : form.submit();
            }
        });
    }
    var compare = document.getElementById("compare-form");
    var status = document.getElementById("compare-status");
    if (compare && status) {
        // Says how many are chosen, and stops at the maximum (the server refuses more with a message anyway).
        var max = parseInt(status.getAttribute("data-max"), 10) || 4;
        var boxes = function () { return Array.prototype.slice.call(compare.elements).filter(function (e) { return e.name === "ids"; }); };
        var update = function () {
            var all = boxes();
            var chosen = all.filter(function (b) { return b.checked; }).length;
            status.textContent = chosen > 0 ? status.getAttribute("data-format").replace("{0}", String(chosen)).replace("{1}", String(max)) : "";
            all.forEach(function (b) { b.disabled = !b.checked && chosen >= max; });
        };
        compare.addEventListener("change", update);
        document.addEventListener("change", function (event) {
            if (event.target && event.target.form === compare) { update(); }
        });
        update();
    }
    document.querySelectorAll(".js-print").forEach(function (link) {
        link.addEventListener("click", function (event) {
            event.preventDefault();
            window.print();
        });
    });
})();
