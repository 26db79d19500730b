// The buttons and the conversation with the server: check as the user types, preview, save, make.
// The form itself is drawn by form.js (loaded first; it holds `state`, `form`, `draw` and `payload`).
"use strict";

let dirty = false;
let checkTimer = null;
let checkSeq = 0;
let previewBusy = false;
let previewWanted = false;
let lastPreviewed = null;

// --- checking as the user types ------------------------------------------------------------------

const TYPING = 350;
// Milliseconds without a keystroke before the form is checked: typing is checked once a word is there, not per
// key; a choice, a date from the calendar or a button is checked at once (changed(0)).

function changed(after = TYPING) {
  dirty = true;
  const status = document.getElementById("bewaarstatus");
  if (status.textContent !== "niet bewaard") status.textContent = "niet bewaard";  // not redrawn at every key
  document.title = document.title.startsWith("• ") ? document.title : `• ${document.title}`;
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, after);
  if (state.soort === "vergadering") composition();  // the vote grid follows the orgaan and the date
}

async function check() {
  const seq = ++checkSeq;
  const {answer} = await post("/api/controleer", payload());
  if (seq !== checkSeq) return;  // a newer check is on its way
  show(answer.issues || [], answer.error);
  const clean = !(answer.issues || []).some(i => i.severity === "fout") && !answer.error;
  document.getElementById("voorbeeld-oud").hidden = clean || !lastPreviewed;
  if (clean) requestPreview();
}

function placeOf(fieldLoc) {
  let loc = fieldLoc;
  while (loc) {
    const node = form.querySelector(`[data-loc="${CSS.escape(loc)}"]`);
    if (node) return node;
    const cut = Math.max(loc.lastIndexOf("."), loc.lastIndexOf("["));
    if (cut <= 0) break;
    loc = loc.slice(0, cut);
  }
  return null;
}

function show(issues, error) {
  for (const old of form.querySelectorAll(".melding")) old.remove();
  for (const old of form.querySelectorAll(".heeft-fout")) old.classList.remove("heeft-fout");
  for (const old of form.querySelectorAll("[aria-invalid]")) {
    old.removeAttribute("aria-invalid");
    const kept = (old.getAttribute("aria-describedby") || "").split(" ").filter(x => x && !x.startsWith("melding-")).join(" ");
    if (kept) old.setAttribute("aria-describedby", kept); else old.removeAttribute("aria-describedby");
  }
  const summary = document.getElementById("samenvatting");
  summary.replaceChildren();
  const errors = issues.filter(i => i.severity === "fout").length;
  if (error) summary.append(el("div", {class: "melding fout", text: error}));
  if (issues.length) {
    summary.append(el("div", {class: errors ? "telling fout" : "telling", text: errors ? `${errors} ${errors === 1 ? "fout" : "fouten"}` : "geen fouten, wel opmerkingen"}));
  } else if (!error) {
    summary.append(el("div", {class: "telling goed", text: "Geen fouten gevonden."}));
  }
  issues.forEach((issue, n) => {
    const text = issue.message + (issue.hint ? ` — ${issue.hint}` : "");
    const place = issue.field ? placeOf(issue.field) : null;
    const kind = issue.severity === "fout" ? "fout" : "waarschuwing";
    const note = el("div", {class: `melding ${kind}`, id: `melding-${n}`, "data-veld": issue.field},
                    el("span", {class: "onzichtbaar", text: kind === "fout" ? "Fout: " : "Let op: "}), text);
    if (place) {
      place.classList.add("heeft-fout");
      place.append(note);
      const input = place.matches("input, select, textarea") ? place : place.querySelector("input, select, textarea");
      if (input && kind === "fout") {
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("aria-describedby", `${input.getAttribute("aria-describedby") || ""} melding-${n}`.trim());
      }
      const more = place.closest("details.meer");
      if (more) more.open = true;
    } else {
      summary.append(note);
    }
  });
}

// --- the preview ---------------------------------------------------------------------------------

function requestPreview() {
  previewWanted = true;
  if (!previewBusy) runPreview();
}

async function runPreview() {
  const body = payload();
  const key = JSON.stringify(body.data);
  previewWanted = false;
  if (key === lastPreviewed) return;
  previewBusy = true;
  const status = document.getElementById("voorbeeldstatus");
  status.textContent = "wordt gemaakt…";
  try {
    const response = await fetch("/api/voorbeeld", {method: "POST", headers: {"Content-Type": "application/json"},
                                                     body: JSON.stringify(body), credentials: "same-origin"});
    if (!response.ok || !(response.headers.get("Content-Type") || "").includes("ndjson")) {
      let answer = {};
      try { answer = await response.json(); } catch (e) { answer = {error: `antwoord ${response.status}`}; }
      status.textContent = answer.pages ? "" : (answer.error || "geen voorbeeld");
      return;
    }
    lastPreviewed = key;
    await readPages(response, status);
  } finally {
    previewBusy = false;
    if (previewWanted) runPreview();
  }
}

// The pages arrive as lines of JSON: the first one as soon as it is drawn, then the others.
async function readPages(response, status) {
  const pages = document.getElementById("paginas");
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const {value, done} = await reader.read();
    buffer += decoder.decode(value || new Uint8Array(), {stream: !done});
    let end;
    while ((end = buffer.indexOf("\n")) >= 0) {
      const message = JSON.parse(buffer.slice(0, end));
      buffer = buffer.slice(end + 1);
      const image = el("img", {src: message.src, alt: `pagina ${message.pagina}`, class: "pagina"});
      if (message.pagina === 1) {
        pages.replaceChildren(image);
        status.textContent = `(${String(message.seconds.totaal).replace(".", ",")} s)`;
      } else if (message.pagina) {
        pages.append(image);
      }
    }
    if (done) break;
  }
}

// --- saving and making ---------------------------------------------------------------------------

async function save() {
  const status = document.getElementById("bewaarstatus");
  status.textContent = "bewaren…";
  const {status: code, answer} = await post("/api/bewaar", payload());
  if (code === 409) {
    document.getElementById("conflicttekst").textContent = answer.message;
    document.getElementById("conflict").hidden = false;
    status.textContent = "niet bewaard";
    return false;
  }
  if (answer.error) {
    show(answer.issues || [], answer.error);
    status.textContent = "niet bewaard";
    return false;
  }
  state.pad = answer.pad;
  state.hash = answer.hash;
  dirty = false;
  document.title = document.title.replace(/^• /, "");
  document.getElementById("pad").textContent = answer.pad;
  history.replaceState(null, "", `/bewerk?pad=${encodeURIComponent(answer.pad)}`);
  show(answer.issues || []);
  status.textContent = "bewaard";
  return true;
}

async function make() {
  if ((dirty || !state.pad) && !(await save())) return;
  const box = document.getElementById("downloads");
  box.replaceChildren(el("span", {class: "status", text: "document en PDF worden gemaakt…"}));
  const {answer} = await post("/api/maak", {pad: state.pad, pdf: true});
  box.replaceChildren();
  for (const issue of answer.issues || []) box.append(el("div", {class: `melding ${issue.severity === "fout" ? "fout" : "waarschuwing"}`, text: issue.text}));
  if (answer.error) box.append(el("div", {class: "melding fout", text: answer.error}));
  for (const pad of answer.downloads || []) {
    const name = pad.split("/").pop();
    box.append(el("a", {class: "knop download", href: `/download?pad=${encodeURIComponent(pad)}`, download: name, text: `Download ${name}`}));
  }
}

function notes() {
  if (!state.notes.length) return;
  const box = document.getElementById("notities");
  box.hidden = false;
  box.append(el("div", {class: "label", text: "Opmerkingen in het bestand"}), el("ul", {}, ...state.notes.map(n => el("li", {text: n}))));
}

function showPreview() {
  requestPreview();
  const head = document.getElementById("voorbeeldkop");
  head.scrollIntoView({block: "start"});
  head.focus({preventScroll: true});
}

document.getElementById("bewaar").addEventListener("click", save);
document.getElementById("voorbeeldknop").addEventListener("click", showPreview);
document.addEventListener("keydown", e => {
  if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === "s") { e.preventDefault(); save(); }
});
document.getElementById("maak").addEventListener("click", make);
document.getElementById("herlaad").addEventListener("click", () => { dirty = false; location.reload(); });
window.addEventListener("beforeunload", e => { if (dirty) { e.preventDefault(); e.returnValue = ""; } });
document.querySelector(".terug").addEventListener("click", e => {
  // Said in Dutch before leaving (the browser's own question on closing the tab stays its own words).
  if (dirty && !confirm("Er zijn wijzigingen die nog niet zijn bewaard. Toch weggaan? Dan gaan ze verloren.")) e.preventDefault();
  else dirty = false;
});
notes();
draw();
if (state.pad) check();
