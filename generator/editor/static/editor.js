// The form of one document, drawn from the field descriptions the server sends (editor/forms.py).
// The values live in `state.data`; every input writes into it, every structural button (add,
// move, remove) redraws. The server checks, saves, previews and builds; this script only asks.
"use strict";

const state = JSON.parse(document.getElementById("gegevens").textContent);
const form = document.getElementById("formulier");
let dirty = false;
let checkTimer = null;
let checkSeq = 0;
let previewBusy = false;
let previewWanted = false;
let lastPreviewed = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c) node.append(c);
  return node;
}

function locOf(path) {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text ? `.${part}` : part;
  }
  return text;
}

function idOf(path) {
  return "veld-" + locOf(path).replace(/[^A-Za-z0-9_-]+/g, "-");
}

function isEmpty(value) {
  return value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0);
}

function emptyOf(spec) {
  if (spec.kind === "groep") {
    const value = {};
    for (const f of spec.fields) if (f.required && f.kind !== "vast") value[f.name] = emptyOf(f);
    return value;
  }
  if (spec.kind === "lijst") return spec.min ? [emptyOf(spec.item)] : [];
  if (spec.kind === "paren") return {};
  return "";
}

// --- drawing -------------------------------------------------------------------------------------

function draw() {
  const scroll = window.scrollY;
  const shown = state.fields.filter(f => f.kind !== "vast" && !(f.only_filled && isEmpty(state.data[f.name])));
  form.replaceChildren(...shown.map(f => field(f, state.data, [f.name])));
  window.scrollTo(0, scroll);
}

function field(spec, parent, path) {
  const box = el("div", {class: `veld soort-${spec.kind}`, "data-loc": locOf(path)});
  const id = idOf(path);
  box.append(el("label", {for: id, class: "label", text: spec.label + (spec.required ? " *" : "")}));
  if (spec.help) box.append(el("div", {class: "hulp", text: spec.help}));
  box.append(control(spec, parent, path[path.length - 1], path, id));
  return box;
}

function setter(parent, key) {
  return value => { parent[key] = value; changed(); };
}

function control(spec, parent, key, path, id) {
  const value = parent[key];
  const set = setter(parent, key);
  const text = value === undefined || value === null ? "" : String(value);
  switch (spec.kind) {
    case "datum": {
      // A date the picker cannot hold (2019-07-32 typed by hand) is shown as the text it is, with its message.
      const valid = text === "" || (/^\d{4}-\d{2}-\d{2}$/.test(text) && !isNaN(Date.parse(text)));
      return el("input", {type: valid ? "date" : "text", id, name: locOf(path), value: text, oninput: e => set(e.target.value)});
    }
    case "janee":
      return select(id, path, ["", "ja", "nee"], normaliseJaNee(text), set, {"": "(niet ingevuld)"});
    case "keuze":
      return select(id, path, ["", ...spec.choices], text, set, {"": spec.default ? `(standaard: ${spec.default})` : "(kies)"});
    case "gemeente":
      return select(id, path, ["", ...state.gemeenten.map(g => g.id)], text, set,
                    Object.fromEntries([["", "(kies een gemeente)"], ...state.gemeenten.map(g => [g.id, g.naam])]));
    case "groep":
      return group(spec, parent, key, path);
    case "lijst":
      return list(spec, parent, key, path);
    case "paren":
      return pairs(spec, parent, key, path);
    case "vast":
      return el("pre", {class: "vast", text: JSON.stringify(value, null, 2) || "", title: "Dit veld bewerkt u in het bestand zelf"});
    default: {
      const attrs = {id, name: locOf(path), oninput: e => set(e.target.value), placeholder: spec.default || ""};
      const offered = path.length === 1 && (state.suggesties || {})[key];
      if (offered) {
        const list = el("datalist", {id: `${id}-keuzes`}, ...offered.map(v => el("option", {value: v})));
        return el("span", {class: "met-keuzes"}, el("input", {...attrs, type: "text", value: text, list: `${id}-keuzes`}), list);
      }
      if (spec.long) return el("textarea", {...attrs, rows: Math.min(8, Math.max(2, Math.ceil(text.length / 60))), text});
      return el("input", {...attrs, type: "text", value: text});
    }
  }
}

function normaliseJaNee(text) {
  const t = text.trim().toLowerCase();
  if (["ja", "true", "yes", "waar", "j"].includes(t)) return "ja";
  if (["nee", "false", "no", "onwaar", "n"].includes(t)) return "nee";
  return t;
}

function select(id, path, options, current, set, names) {
  const node = el("select", {id, name: locOf(path), onchange: e => set(e.target.value)});
  if (current && !options.includes(current)) options = [...options, current];
  for (const option of options) {
    node.append(el("option", {value: option, selected: option === current, text: (names && names[option]) || option}));
  }
  return node;
}

function group(spec, parent, key, path) {
  if (parent[key] === undefined || parent[key] === null || typeof parent[key] !== "object") {
    if (typeof parent[key] === "string") return el("pre", {class: "vast", text: parent[key]});
    parent[key] = emptyOf(spec);
  }
  const value = parent[key];
  const box = el("fieldset", {class: "groep"});
  for (const f of spec.fields) if (f.kind !== "vast") box.append(field(f, value, [...path, f.name]));
  return box;
}

function list(spec, parent, key, path) {
  if (!Array.isArray(parent[key])) parent[key] = parent[key] === undefined || parent[key] === null ? emptyOf(spec) : [parent[key]];
  const items = parent[key];
  const box = el("div", {class: `lijst lijst-${path[path.length - 1]}`});
  items.forEach((_, index) => {
    const itemPath = [...path, index];
    const row = el("div", {class: `item item-${spec.item.kind}`, "data-loc": locOf(itemPath)});
    row.append(el("span", {class: "nummer", text: `${index + 1}.`}));
    const inner = el("div", {class: "inhoud"}, control(spec.item, items, index, itemPath, idOf(itemPath)));
    row.append(inner);
    row.append(el("span", {class: "bediening"},
      el("button", {type: "button", class: "omhoog", title: "Naar boven", disabled: index === 0,
                    onclick: () => { move(items, index, -1); }, text: "↑"}),
      el("button", {type: "button", class: "omlaag", title: "Naar beneden", disabled: index === items.length - 1,
                    onclick: () => { move(items, index, 1); }, text: "↓"}),
      el("button", {type: "button", class: "weg", title: "Verwijderen", onclick: () => { items.splice(index, 1); changed(); draw(); }, text: "✕"})));
    box.append(row);
  });
  const noun = spec.item.kind === "groep" ? (path[path.length - 1] === "indieners" ? "indiener" : "blok") : "punt";
  box.append(el("button", {type: "button", class: "erbij", "data-voor": locOf(path),
    onclick: () => { items.push(emptyOf(spec.item)); changed(); draw(); focusLast(path, items.length - 1); }, text: `+ ${noun}`}));
  return box;
}

function focusLast(path, index) {
  const target = document.querySelector(`[data-loc="${CSS.escape(locOf([...path, index]))}"] input, [data-loc="${CSS.escape(locOf([...path, index]))}"] textarea`);
  if (target) target.focus();
}

function move(items, index, step) {
  const other = index + step;
  [items[index], items[other]] = [items[other], items[index]];
  changed();
  draw();
}

function pairs(spec, parent, key, path) {
  // A mapping (voetnoten) is edited as rows of label and text; kept as [label, text] while editing.
  if (!parent.__paren) Object.defineProperty(parent, "__paren", {value: {}, enumerable: false});
  if (!parent.__paren[key]) parent.__paren[key] = Object.entries(parent[key] || {}).map(([k, v]) => [k, String(v)]);
  const rows = parent.__paren[key];
  const sync = () => { parent[key] = Object.fromEntries(rows.filter(r => r[0] !== "")); changed(); };
  const box = el("div", {class: "paren"});
  rows.forEach((row, index) => {
    const line = el("div", {class: "paar", "data-loc": locOf([...path, row[0]])});
    line.append(el("input", {type: "text", class: "sleutel", name: `${locOf(path)}.label.${index}`, value: row[0], size: 4,
                             "aria-label": "Label", oninput: e => { row[0] = e.target.value; sync(); }}));
    line.append(el("textarea", {class: "waarde", name: `${locOf(path)}.tekst.${index}`, rows: 2, text: row[1],
                                "aria-label": "Tekst", oninput: e => { row[1] = e.target.value; sync(); }}));
    line.append(el("button", {type: "button", class: "weg", text: "✕", onclick: () => { rows.splice(index, 1); sync(); draw(); }}));
    box.append(line);
  });
  box.append(el("button", {type: "button", class: "erbij", "data-voor": locOf(path), text: "+ voetnoot",
    onclick: () => { rows.push([String(rows.length + 1), ""]); sync(); draw(); }}));
  return box;
}

// --- what is sent --------------------------------------------------------------------------------

function clean(spec, value) {
  // Empty optional values are left out (the model's default applies); an empty required one is
  // sent, so the server says what `check` says about it.
  if (spec.kind === "vast") return value === null ? undefined : value;
  if (value === undefined || value === null) return undefined;
  if (spec.kind === "groep") {
    if (typeof value !== "object") return value;
    const out = {};
    for (const f of spec.fields) {
      const v = clean(f, value[f.name]);
      if (v !== undefined) out[f.name] = v;
      else if (f.required && f.kind !== "vast" && f.kind !== "lijst") out[f.name] = "";
    }
    for (const [k, v] of Object.entries(value)) if (!(k in out) && !spec.fields.some(f => f.name === k)) out[k] = v;
    const meaningful = Object.keys(out).filter(k => out[k] !== "" && k !== "soort");
    return meaningful.length ? out : undefined;
  }
  if (spec.kind === "lijst") {
    const items = (Array.isArray(value) ? value : [value]).map(v => clean(spec.item, v)).filter(v => v !== undefined && v !== "");
    return items.length ? items : undefined;
  }
  if (spec.kind === "paren") return Object.keys(value).length ? value : undefined;
  const text = String(value);
  return text.trim() === "" ? undefined : text;
}

function payload() {
  const data = clean({kind: "groep", fields: state.fields}, state.data) || {};
  data.soort = state.soort;
  const ordered = {soort: state.soort, ...data};
  return {soort: state.soort, pad: state.pad, hash: state.hash, data: ordered};
}

async function post(url, body) {
  const response = await fetch(url, {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body),
                                     credentials: "same-origin"});
  let answer = {};
  try { answer = await response.json(); } catch (e) { answer = {error: `antwoord ${response.status}`}; }
  return {status: response.status, answer};
}

// --- checking as the user types ------------------------------------------------------------------

function changed() {
  dirty = true;
  document.getElementById("bewaarstatus").textContent = "niet bewaard";
  clearTimeout(checkTimer);
  checkTimer = setTimeout(check, 350);
}

async function check() {
  const seq = ++checkSeq;
  const {answer} = await post("/api/controleer", payload());
  if (seq !== checkSeq) return;  // a newer check is on its way
  show(answer.issues || [], answer.error);
  if (!(answer.issues || []).some(i => i.severity === "fout") && !answer.error) requestPreview();
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
  const summary = document.getElementById("samenvatting");
  summary.replaceChildren();
  const errors = issues.filter(i => i.severity === "fout").length;
  if (error) summary.append(el("div", {class: "melding fout", text: error}));
  if (issues.length) {
    summary.append(el("div", {class: errors ? "telling fout" : "telling", text: errors ? `${errors} ${errors === 1 ? "fout" : "fouten"}` : "geen fouten, wel opmerkingen"}));
  } else if (!error) {
    summary.append(el("div", {class: "telling goed", text: "Geen fouten gevonden."}));
  }
  for (const issue of issues) {
    const text = issue.message + (issue.hint ? ` — ${issue.hint}` : "");
    const place = issue.field ? placeOf(issue.field) : null;
    const note = el("div", {class: `melding ${issue.severity === "fout" ? "fout" : "waarschuwing"}`, "data-veld": issue.field, text});
    if (place) {
      place.classList.add("heeft-fout");
      place.append(note);
    } else {
      summary.append(note);
    }
  }
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
    const {answer} = await post("/api/voorbeeld", body);
    if (answer.pages) {
      lastPreviewed = key;
      document.getElementById("paginas").replaceChildren(...answer.pages.map((src, i) => el("img", {src, alt: `pagina ${i + 1}`, class: "pagina"})));
      status.textContent = `(${String(answer.seconds.totaal).replace(".", ",")} s)`;
    } else {
      status.textContent = answer.error || "geen voorbeeld";
    }
  } finally {
    previewBusy = false;
    if (previewWanted) runPreview();
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

document.getElementById("bewaar").addEventListener("click", save);
document.getElementById("maak").addEventListener("click", make);
document.getElementById("herlaad").addEventListener("click", () => { dirty = false; location.reload(); });
window.addEventListener("beforeunload", e => { if (dirty) { e.preventDefault(); e.returnValue = ""; } });
notes();
draw();
if (state.pad) check();
