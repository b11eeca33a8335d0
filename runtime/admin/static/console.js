// The admin console's only script: copy buttons, confirmations, and the Live view's refresh.
// Everything works without it except copying and the auto-refresh; no inline script is allowed (CSP).
"use strict";

function announce(text) {
  const region = document.getElementById("announce");
  if (region) {
    region.textContent = "";
    window.setTimeout(() => { region.textContent = text; }, 50);
  }
}

function setUpCopy() {
  document.querySelectorAll("button[data-copy]").forEach((button) => {
    button.addEventListener("click", async () => {
      const field = document.getElementById(button.dataset.copy);
      if (!field) return;
      let copied = false;
      try {
        await navigator.clipboard.writeText(field.value);
        copied = true;
      } catch (err) {
        field.focus();
        field.select();
        copied = document.execCommand && document.execCommand("copy");
      }
      button.textContent = copied ? "Copied" : "Select and copy";
      announce(copied ? "Key copied to the clipboard." : "Copying failed: the key is selected, copy it by hand.");
    });
  });
}

function setUpConfirm() {
  document.querySelectorAll("form[data-confirm]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
}

function formatCount(value) {
  return value === null || value === undefined ? "–" : Number(value).toLocaleString("en-US");
}

function setUpLive() {
  const status = document.getElementById("live-updated");
  const table = document.getElementById("live");
  if (!status || !table) return;
  const body = table.tBodies[0];
  const refresh = async () => {
    let response;
    try {
      response = await fetch(status.dataset.source, { credentials: "same-origin", cache: "no-store" });
    } catch (err) {
      status.textContent = "Cannot reach the relay; retrying.";
      return;
    }
    if (response.status === 401) {
      window.location.assign("signin");
      return;
    }
    if (!response.ok) {
      status.textContent = "The relay answered " + response.status + "; retrying.";
      return;
    }
    const data = (await response.json()).data;
    const rows = data.map((r) => {
      const tr = document.createElement("tr");
      tr.dataset.key = r.key;
      const cells = [
        ["th", "Key", r.key, ""], ["td", "In flight", formatCount(r.inflight), "num inflight"],
        ["td", "Last minute", formatCount(r.last_minute), "num last-minute"],
        ["td", "Limit per minute", formatCount(r.rpm), "num"], ["td", "Limit at once", formatCount(r.max_concurrent), "num"],
      ];
      cells.forEach(([tag, label, text, cls]) => {
        const cell = document.createElement(tag);
        if (tag === "th") cell.scope = "row";
        cell.dataset.label = label;
        if (cls) cell.className = cls;
        cell.textContent = text;
        tr.appendChild(cell);
      });
      return tr;
    });
    body.replaceChildren(...rows);
    status.textContent = "Updated " + new Date().toLocaleTimeString("en-GB") + "; refreshes every 2 seconds.";
  };
  refresh();
  window.setInterval(refresh, 2000);
}

document.addEventListener("DOMContentLoaded", () => {
  setUpCopy();
  setUpConfirm();
  setUpLive();
});
