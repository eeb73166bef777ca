// Practice form enhancements: autosave to the server, a copy in localStorage that survives a lost connection or an
// expired session (offered back on reload), "add row" without a round trip. The form works fully without this file.
(function () {
    "use strict";
    var form = document.getElementById("practice-form");
    if (!form || !window.fetch || !window.FormData) {
        return;
    }
    var AUTOSAVE_MS = 5000;
    var SKIP = { "__RequestVerificationToken": true, "Input.ConcurrencyStamp": true, "Input.IdempotencyKey": true, "Input.Intent": true };
    var status = document.getElementById("autosave-status");
    var storageKey = form.dataset.storageKey;
    var dirty = false;
    var posted = false;
    var saving = false;
    var stopped = false;
    var storage = null;
    try {
        storage = window.localStorage;
        storage.setItem("mirps-test", "1");
        storage.removeItem("mirps-test");
    } catch (e) {
        storage = null;
    }

    function say(text) {
        if (status) {
            status.textContent = text;
        }
    }

    function serialize() {
        var data = {};
        Array.prototype.forEach.call(form.elements, function (el) {
            if (!el.name || SKIP[el.name] || el.disabled || el.type === "file" || el.type === "submit" || el.type === "button") {
                return;
            }
            if ((el.type === "checkbox" || el.type === "radio") && !el.checked) {
                return;
            }
            (data[el.name] = data[el.name] || []).push(el.value);
        });
        return data;
    }

    function same(a, b) {
        return JSON.stringify(a) === JSON.stringify(b);
    }

    function stamp() {
        var input = form.querySelector("input[name='Input.ConcurrencyStamp']");
        return input ? input.value : "";
    }

    // Each copy remembers the server version it was typed on and whether the form was posted with it.
    function backup(synced, submitted) {
        if (!storage) {
            return;
        }
        try {
            storage.setItem(storageKey, JSON.stringify({ at: Date.now(), synced: synced, submitted: !!submitted, stamp: stamp(), data: serialize() }));
        } catch (e) {
            // Storage full or disabled: the server autosave still works.
        }
    }

    function readBackup() {
        if (!storage) {
            return null;
        }
        try {
            return JSON.parse(storage.getItem(storageKey) || "null");
        } catch (e) {
            return null;
        }
    }

    function ensureRows(name) {
        // A restored copy may have more repeated rows than the page: add rows until every name exists.
        if (/^Input\.BuildingBlocks\[\d+\]/.test(name)) {
            var blockGuard = 0;
            while (!form.querySelector("[name='" + name + "']") && addBlock() && blockGuard++ < 6) {
                // one more building block each turn, up to the most a practice may have
            }
            return;
        }
        var match = /^Input\.(Organisations|OtherIndicators|EvidenceLinks)\[(\d+)\]/.exec(name);
        if (!match) {
            return;
        }
        var table = form.querySelector("table[data-repeat] tbody [name^='Input." + match[1] + "[']");
        table = table && table.closest("tbody");
        var guard = 0;
        while (table && !form.querySelector("[name='" + name + "']") && guard++ < 50) {
            addRow(table);
        }
    }

    function restore(data) {
        Object.keys(data).forEach(ensureRows);
        Array.prototype.forEach.call(form.elements, function (el) {
            if (!el.name || SKIP[el.name] || el.type === "file" || el.type === "submit" || el.type === "button") {
                return;
            }
            var values = data[el.name] || [];
            if (el.type === "checkbox" || el.type === "radio") {
                el.checked = values.indexOf(el.value) >= 0;
            } else if (el.tagName === "SELECT" && el.multiple) {
                Array.prototype.forEach.call(el.options, function (o) { o.selected = values.indexOf(o.value) >= 0; });
            } else {
                el.value = values.length ? values[0] : "";
            }
        });
        syncMechanisms();
        dirty = true;
    }

    function offerRestore() {
        var saved = readBackup();
        if (!saved || !saved.data) {
            return;
        }
        var serverMovedOn = saved.stamp !== stamp();
        if (same(saved.data, serialize()) || saved.synced || (saved.submitted && serverMovedOn)) {
            // Either the page already shows it, or the server accepted it (autosaved, or the form was posted and the
            // version moved on): nothing to offer. A copy typed on the current version, or never posted, is offered.
            storage.removeItem(storageKey);
            return;
        }
        var offer = document.getElementById("restore-offer");
        if (!offer) {
            return;
        }
        offer.hidden = false;
        document.getElementById("restore-yes").addEventListener("click", function () {
            restore(saved.data);
            offer.hidden = true;
            var first = form.querySelector("input:not([type=hidden]), textarea, select");
            if (first) {
                first.focus();
            }
        });
        document.getElementById("restore-no").addEventListener("click", function () {
            storage.removeItem(storageKey);
            offer.hidden = true;
        });
    }

    // "Saved at 14:05" in the browser's time zone and the page's language; the server's own message otherwise.
    function savedMessage(result) {
        var template = form.dataset.msgAutosaved;
        var at = result.savedAt ? new Date(result.savedAt) : null;
        if (!template || !at || isNaN(at.getTime()) || !at.toLocaleTimeString) {
            return result.message || "";
        }
        return template.replace("{0}", at.toLocaleTimeString(document.documentElement.lang || undefined, { hour: "2-digit", minute: "2-digit" }));
    }

    function token() {
        var input = form.querySelector("input[name='__RequestVerificationToken']");
        return input ? input.value : "";
    }

    function autosave() {
        if (!dirty || saving || stopped || posted) {
            return;
        }
        var draftUrl = form.dataset.draftUrl;
        var createUrl = form.dataset.createUrl;
        var title = form.querySelector("[name='Input.Title']");
        if (!draftUrl && (!createUrl || !title || !title.value.trim())) {
            return;
        }
        saving = true;
        dirty = false;
        say(form.dataset.msgSaving);
        var body = new FormData(form);
        body.delete("Input.Intent");
        body.append("Input.Intent", "save");
        fetch(draftUrl || createUrl, {
            method: "POST",
            body: body,
            credentials: "same-origin",
            redirect: "manual",
            headers: { "X-CSRF-TOKEN": token(), "Accept": "application/json" }
        }).then(function (response) {
            var json = (response.headers.get("Content-Type") || "").indexOf("application/json") >= 0;
            if (!json) {
                // Signed out, or the session expired: keep the local copy and tell the user.
                throw new Error("not-json");
            }
            return response.json().then(function (result) { return { status: response.status, result: result }; });
        }).then(function (answer) {
            var result = answer.result;
            if (answer.status === 200 && result.id && !draftUrl) {
                // The first autosave of a new practice created the draft: from now on this page edits it.
                form.dataset.draftUrl = result.draftUrl;
                if (storage) {
                    storage.removeItem(storageKey);
                }
                storageKey = "mirps-practice-" + result.id;
                form.dataset.createUrl = "";
                form.action = result.editUrl;
                if (window.history && window.history.replaceState) {
                    window.history.replaceState(null, "", result.editUrl);
                }
            }
            if (answer.status === 200) {
                var stamp = form.querySelector("input[name='Input.ConcurrencyStamp']");
                if (stamp && result.stamp) {
                    stamp.value = result.stamp;
                }
                backup(!dirty);
                say(savedMessage(result));
            } else {
                if (answer.status === 409 || answer.status === 404) {
                    stopped = true;
                }
                dirty = true;
                backup(false);
                say(result.message || "");
            }
        }).catch(function () {
            dirty = true;
            backup(false);
            say(navigator.onLine === false ? form.dataset.msgOffline : form.dataset.msgLocal);
        }).then(function () {
            saving = false;
            if (pendingSubmit) {
                var submitter = pendingSubmitter;
                pendingSubmit = false;
                pendingSubmitter = null;
                if (form.requestSubmit) {
                    form.requestSubmit(submitter || undefined);
                } else {
                    form.submit();
                }
            }
        });
    }

    function renumber(row, index) {
        row.querySelectorAll("[name], [id], label[for], [aria-describedby]").forEach(function (el) {
            ["name", "id", "for", "aria-describedby", "data-valmsg-for"].forEach(function (attr) {
                var value = el.getAttribute(attr);
                if (value) {
                    el.setAttribute(attr, value.replace(/\[\d+\]/g, "[" + index + "]").replace(/_\d+__/g, "_" + index + "__"));
                }
            });
        });
        row.querySelectorAll("label.visually-hidden").forEach(function (label) {
            label.textContent = label.textContent.replace(/\d+\s*$/, String(index + 1));
        });
    }

    function addRow(tbody) {
        var rows = tbody.querySelectorAll("tr.repeat-row");
        var last = rows[rows.length - 1];
        var copy = last.cloneNode(true);
        copy.querySelectorAll("input, select, textarea").forEach(function (el) {
            if (el.tagName === "SELECT") {
                el.selectedIndex = 0;
            } else {
                el.value = "";
            }
        });
        copy.querySelectorAll(".text-danger").forEach(function (el) { el.textContent = ""; });
        renumber(copy, rows.length);
        tbody.appendChild(copy);
        return copy;
    }

    // Building blocks (issue 13): one more block fieldset, cloned from the last one, while fewer than the most allowed.
    function addBlock() {
        var rows = form.querySelectorAll(".building-block-row");
        var button = form.querySelector("button[value='add-block']");
        var max = button ? parseInt(button.getAttribute("data-max"), 10) : 0;
        if (!rows.length || !max || rows.length >= max) {
            return null;
        }
        var last = rows[rows.length - 1];
        var copy = last.cloneNode(true);
        copy.querySelectorAll("input, textarea").forEach(function (el) {
            if (el.type === "checkbox") {
                el.checked = false;
            } else {
                el.value = "";
            }
        });
        copy.querySelectorAll(".text-danger").forEach(function (el) { el.textContent = ""; });
        renumber(copy, rows.length);
        var legend = copy.querySelector("legend");
        if (legend) {
            legend.textContent = legend.textContent.replace(/\d+\s*$/, String(rows.length + 1));
        }
        last.parentNode.insertBefore(copy, last.nextSibling);
        if (button && rows.length + 1 >= max) {
            button.hidden = true;
        }
        return copy;
    }

    form.addEventListener("click", function (event) {
        var button = event.target.closest("button[name='Input.Intent']");
        if (!button || button.value.indexOf("add-") !== 0) {
            return;
        }
        if (button.value === "add-block") {
            var block = addBlock();
            if (block) {
                event.preventDefault();
                block.querySelector("input").focus();
            }
            return;
        }
        var table = button.previousElementSibling;
        while (table && !(table.tagName === "TABLE" && table.dataset.repeat)) {
            table = table.previousElementSibling;
        }
        if (!table) {
            return;
        }
        event.preventDefault();
        var row = addRow(table.querySelector("tbody"));
        var first = row.querySelector("input, select");
        if (first) {
            first.focus();
        }
    });

    function syncMechanisms() {
        form.querySelectorAll(".mechanism-row").forEach(function (row) {
            var box = row.querySelector("input[type=checkbox]");
            var text = row.querySelector("textarea");
            if (box && text) {
                text.hidden = !box.checked && !text.value;
                box.setAttribute("aria-expanded", String(!text.hidden));
            }
        });
    }
    form.addEventListener("change", function (event) {
        if (event.target.matches(".mechanism-row input[type=checkbox]")) {
            syncMechanisms();
            if (event.target.checked) {
                var text = event.target.closest(".mechanism-row").querySelector("textarea");
                if (text) {
                    text.focus();
                }
            }
        }
    });

    function changed() {
        dirty = true;
        backup(false);
    }
    form.addEventListener("input", changed);
    form.addEventListener("change", changed);
    // A post held back while an autosave is on its way; the flag, not the button, says there is one (a submit by the Enter
    // key or by script may have no submitter).
    var pendingSubmit = false;
    var pendingSubmitter = null;
    form.addEventListener("submit", function (event) {
        if (event.defaultPrevented) {
            return;
        }
        if (saving) {
            // An autosave is on its way and will renew the version stamp: post the form once it has answered.
            event.preventDefault();
            pendingSubmit = true;
            pendingSubmitter = event.submitter || null;
            return;
        }
        posted = true;
        backup(false, true);
    });
    window.addEventListener("online", autosave);
    window.addEventListener("beforeunload", function () {
        if (dirty || posted) {
            backup(false, posted);
        }
    });

    // Copies of new forms that were never saved are kept a week at most.
    if (storage) {
        Object.keys(storage).forEach(function (key) {
            if (key.indexOf("mirps-practice-new-") === 0) {
                try {
                    if (Date.now() - JSON.parse(storage.getItem(key)).at > 7 * 24 * 3600 * 1000) {
                        storage.removeItem(key);
                    }
                } catch (e) {
                    storage.removeItem(key);
                }
            }
        });
    }
    syncMechanisms();
    offerRestore();
    window.setInterval(autosave, AUTOSAVE_MS);

    var summary = document.getElementById("error-summary");
    if (summary) {
        summary.focus();
    }
})();
