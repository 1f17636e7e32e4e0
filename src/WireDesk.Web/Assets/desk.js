// WireDesk desk: progressive enhancement only. Every action is a plain form POST that works without this file;
// this adds live queue updates (server-sent events), keyboard shortcuts and ages that keep counting.
(function () {
  "use strict";
  var body = document.body;
  var page = body.getAttribute("data-page");

  function age(ms) {
    var s = Math.floor((Date.now() - ms) / 1000), future = s < 0;
    if (future) s = -s;
    var t = s < 60 ? s + "s" : s < 3600 ? Math.floor(s / 60) + "m"
      : s < 172800 ? Math.floor(s / 3600) + "h" + (Math.floor(s / 60) % 60 ? " " + String(Math.floor(s / 60) % 60).padStart(2, "0") + "m" : "")
      : Math.floor(s / 86400) + "d";
    return future ? "in " + t : t;
  }
  function tickAges() {
    document.querySelectorAll("time.age[data-ms]").forEach(function (el) { el.textContent = age(+el.getAttribute("data-ms")); });
  }
  setInterval(tickAges, 30000);

  // Selection and keyboard.
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("tr.row")); }
  var selected = null;
  function select(row) {
    if (selected) selected.classList.remove("selected");
    selected = row;
    if (row) {
      row.classList.add("selected");
      row.scrollIntoView({ block: "nearest" });
    }
  }
  function move(step) {
    var all = rows();
    if (!all.length) return;
    var i = all.indexOf(selected);
    select(all[Math.max(0, Math.min(all.length - 1, i < 0 ? 0 : i + step))]);
  }
  document.addEventListener("click", function (e) {
    var row = e.target.closest && e.target.closest("tr.row");
    if (row) select(row);
  });

  function updateCounts() {
    ["unreviewed", "held"].forEach(function (name) {
      var section = document.getElementById(name);
      if (!section) return;
      var n = section.querySelectorAll("tr.row").length;
      var count = section.querySelector("h2 .count");
      if (count) count.textContent = n;
      var empty = section.querySelector(".empty");
      if (empty) empty.hidden = n > 0;
      var table = section.querySelector("table");
      if (table) table.hidden = n === 0;
    });
  }

  // Submits a button form in the background; the row leaves the queue when it is done.
  function submitQuietly(form, row) {
    fetch(form.action, { method: "POST", body: new FormData(form), credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          return response.text().then(function (text) {
            var doc = new DOMParser().parseFromString(text, "text/html");
            var msg = doc.querySelector(".error, h1");
            alert((msg ? msg.textContent : "The action failed") + " (" + response.status + ")");
          });
        }
        if (row && page === "queue") {
          var all = rows(), i = all.indexOf(row);
          row.remove();
          updateCounts();
          var next = rows();
          select(next[Math.min(i, next.length - 1)] || null);
        } else {
          location.reload();
        }
      })
      .catch(function () { form.submit(); });
  }

  function rowForm(key) {
    var scope = page === "queue" ? selected : document;
    return scope ? scope.querySelector("form[data-key='" + key + "']") : null;
  }

  function focusField(id) {
    var el = document.getElementById(id);
    if (el) { el.focus(); el.select && el.select(); }
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) {
      if (e.key === "Escape") t.blur();
      return;
    }
    var form;
    switch (e.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "o": case "Enter":
        if (page === "queue" && selected) { var link = selected.querySelector("td.hl a"); if (link) location.href = link.href; }
        else return;
        break;
      case "r": case "a":
        form = rowForm(e.key);
        if (!form) return;
        submitQuietly(form, page === "queue" ? selected : null);
        break;
      case "h":
        if (page === "queue" && selected) location.href = "/desk/story/" + selected.getAttribute("data-id") + "#headline";
        else focusField("headline");
        break;
      case "x":
        if (page === "queue" && selected) location.href = "/desk/story/" + selected.getAttribute("data-id") + "#kill-reason";
        else focusField("kill-reason");
        break;
      case "w":
        if (page === "story") focusField("withhold-reason"); else return;
        break;
      case "/": { var first = document.querySelector(".filters select"); if (first) first.focus(); break; }
      case "g": location.reload(); break;
      default: return;
    }
    e.preventDefault();
  });

  // Button forms in the queue act in place; kills ask first.
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (form.classList.contains("kill") && !confirm("Kill this story on every surface? It cannot be undone.")) {
      e.preventDefault();
      return;
    }
    if (page === "queue" && form.closest("tr.row") && form.getAttribute("data-key")) {
      e.preventDefault();
      submitQuietly(form, form.closest("tr.row"));
    }
  });

  if (page === "story") {
    var target = location.hash.slice(1);
    if (target) focusField(target);
  }

  // Live queue: story events over SSE; each one fetches the story's row as the server renders it.
  if (page === "queue" && window.EventSource) {
    var live = document.getElementById("live");
    var filter = body.getAttribute("data-filter") || "";
    var source = new EventSource("/desk/api/events?after=" + encodeURIComponent(body.getAttribute("data-events") || "0"));
    source.onopen = function () { if (live) { live.textContent = "live"; live.classList.add("on"); } };
    source.onerror = function () { if (live) { live.textContent = "reconnecting…"; live.classList.remove("on"); } };
    source.addEventListener("story", function (e) {
      var data;
      try { data = JSON.parse(e.data); } catch (err) { return; }
      fetch("/desk/api/rows/" + data.id + filter, { credentials: "same-origin" }).then(function (response) {
        var old = document.getElementById("s" + data.id);
        var wasSelected = old && old === selected;
        if (response.status === 204) {
          if (old) { old.remove(); if (wasSelected) select(null); updateCounts(); }
          return;
        }
        if (!response.ok) return;
        var table = response.headers.get("X-Desk-Table");
        return response.text().then(function (html) {
          var tbody = document.querySelector("table[data-table='" + table + "'] tbody");
          if (!tbody) return;
          var holder = document.createElement("tbody");
          holder.innerHTML = html;
          var row = holder.firstElementChild;
          if (!row) return;
          if (old) old.remove();
          row.classList.add("fresh");
          tbody.insertBefore(row, tbody.firstElementChild);
          if (wasSelected) select(row);
          updateCounts();
        });
      });
    });
  }
})();
