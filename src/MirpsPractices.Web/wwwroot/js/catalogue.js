// Progressive enhancement of the catalogue: the form already works without this file (every state is in the URL).
(function () {
    "use strict";
    document.documentElement.classList.add("js");
    var form = document.getElementById("catalogue-form");
    if (form) {
        // A changed filter or sort order applies at once; the new URL keeps the whole state, so Back returns here.
        form.addEventListener("change", function (event) {
            var target = event.target;
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
    document.querySelectorAll(".js-print").forEach(function (link) {
        link.addEventListener("click", function (event) {
            event.preventDefault();
            window.print();
        });
    });
})();
