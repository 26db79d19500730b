// The form of one document, drawn from the field descriptions the server sends (editor/forms.py).
// The values live in `state.data`; every input writes into it, every structural button (add,
// move, remove) redraws. Loaded before editor.js, which checks, saves, previews and builds.
"use strict";

const state = JSON.parse(document.getElementById("gegevens").textContent);
const form = document.getElementById("formulier");

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

function focusKey() {
  const active = document.activeElement;
  if (!active || !form.contains(active)) return null;
  const place = active.closest("[data-loc]");
  return {loc: place ? place.dataset.loc : "", css: active.name ? `[name="${CSS.escape(active.name)}"]` : active.className ? `.${active.className.split(" ")[0]}` : active.tagName};
}

function restoreFocus(key) {
  if (!key) return;
  const place = key.loc ? form.querySelector(`[data-loc="${CSS.escape(key.loc)}"]`) : form;
  const target = (place && place.querySelector(`${key.css}:checked`)) || (place && place.querySelector(`${key.css}:not(:disabled)`)) || (place && place.querySelector("input, textarea, select, button:not(:disabled)"));
  if (target) target.focus({preventScroll: true});
}

function draw() {
  const scroll = window.scrollY;
  const keep = focusKey();
  const open = form.querySelector("details.meer")?.open;
  const shown = state.fields.filter(f => f.kind !== "vast" && !(f.only_filled && isEmpty(state.data[f.name])));
  const main = shown.filter(f => !f.meer).map(f => field(f, state.data, [f.name], true));
  const more = shown.filter(f => f.meer).map(f => field(f, state.data, [f.name], true));
  const extra = more.length ? [el("details", {class: "meer", open: open || shown.some(f => f.meer && !isEmpty(state.data[f.name]))},
    el("summary", {text: "Meer opties"}),
    el("p", {class: "hulp", text: "Velden die de meeste stukken niet nodig hebben: de opmaak van de bron, de volgorde, de stemming."}),
    ...more)] : [];
  form.replaceChildren(...main, ...extra);
  window.scrollTo(0, scroll);
  restoreFocus(keep);
}

const COMPOUND = ["groep", "lijst", "paren"];

function field(spec, parent, path, inRequired) {
  // A required mark only where the field is required in its group and that group is required (or filled in).
  const required = spec.required && inRequired;
  const id = idOf(path);
  const helpId = spec.help ? `${id}-hulp` : undefined;
  const mark = required ? el("span", {class: "verplicht", text: " (verplicht)"}) : null;
  const help = spec.help ? el("div", {class: "hulp", id: helpId, text: spec.help}) : null;
  if (COMPOUND.includes(spec.kind)) {
    const box = el("fieldset", {class: `veld soort-${spec.kind}`, "data-loc": locOf(path), "aria-describedby": helpId});
    box.append(el("legend", {class: "label"}, spec.label, mark));
    if (help) box.append(help);
    box.append(control(spec, parent, path[path.length - 1], path, id, required));
    return box;
  }
  const box = el("div", {class: `veld soort-${spec.kind}`, "data-loc": locOf(path)});
  box.append(el("label", {for: id, class: "label"}, spec.label, mark));
  if (help) box.append(help);
  const input = control(spec, parent, path[path.length - 1], path, id, required);
  const target = input.matches("input, select, textarea") ? input : input.querySelector("input, select, textarea");
  if (target) {
    if (helpId) target.setAttribute("aria-describedby", helpId);
    if (required) target.setAttribute("aria-required", "true");
  }
  box.append(input);
  return box;
}

function setter(parent, key, after) {
  return value => { parent[key] = value; changed(after); };
}

function control(spec, parent, key, path, id, required) {
  const value = parent[key];
  const set = setter(parent, key);
  const text = value === undefined || value === null ? "" : String(value);
  switch (spec.kind) {
    case "datum":
      return dateControl(id, locOf(path), text, set);
    case "janee":
      return select(id, path, ["", "ja", "nee"], normaliseJaNee(text), key === "hoofdelijk" ? v => { set(v); draw(); } : set, {"": spec.default ? `(${spec.default})` : "(kies)", ja: "ja", nee: "nee"});
    case "keuze":
      return select(id, path, ["", ...spec.choices], text, set, {"": spec.default ? `(gewoonlijk: ${spec.default})` : "(kies)"});
    case "orgaan":
      return orgaanControl(spec, parent, key, path, id);
    case "groep":
      return group(spec, parent, key, path, required);
    case "lijst":
      return list({...spec, label: spec.label}, parent, key, path);
    case "paren":
      return pairs(spec, parent, key, path);
    case "vast":
      return el("pre", {class: "vast", text: JSON.stringify(value, null, 2) || "", title: "Dit veld bewerkt u in het bestand zelf"});
    default: {
      const attrs = {id, name: locOf(path), oninput: e => set(e.target.value), placeholder: spec.default || ""};
      const chosen = path.length === 1 && (state.keuzes || {})[key];
      if (chosen) {  // another stuk of the project, chosen by its title
        return select(id, path, ["", ...chosen.map(c => c.value)], text, set,
                      Object.fromEntries([["", chosen.length ? "(kies)" : "(nog geen in dit project)"], ...chosen.map(c => [c.value, c.label])]));
      }
      const offered = path.length === 1 && (state.suggesties || {})[key];
      if (offered && offered.length) {
        const list = el("datalist", {id: `${id}-keuzes`},
          ...offered.map(v => typeof v === "string" ? el("option", {value: v}) : el("option", {value: v.value, label: v.label, text: v.label})));
        return el("span", {class: "met-keuzes"}, el("input", {...attrs, type: "text", value: text, list: `${id}-keuzes`}), list);
      }
      if (spec.long) return el("textarea", {...attrs, rows: Math.min(8, Math.max(2, Math.ceil(text.length / 60))), text});
      return el("input", {...attrs, type: "text", value: text});
    }
  }
}

function orgaanControl(spec, parent, key, path, id) {
  // One choice of orgaan; an older file's `gemeente:` is the same choice under its old name.
  const stored = spec.alias && isEmpty(parent[key]) && !isEmpty(parent[spec.alias]) ? spec.alias : key;
  const current = isEmpty(parent[stored]) ? "" : String(parent[stored]);
  const choices = state.orgaanKeuzes || [];
  const node = el("select", {id, name: locOf(path), onchange: e => { parent[stored] = e.target.value; changed(0); detail(); }});
  node.append(el("option", {value: "", text: "(kies)"}));
  const groups = new Map();
  for (const c of choices) {
    if (!groups.has(c.group)) groups.set(c.group, el("optgroup", {label: c.group}));
    groups.get(c.group).append(el("option", {value: c.value, selected: c.value === current, text: c.label}));
  }
  node.append(...groups.values());
  if (current && !choices.some(c => c.value === current)) node.append(el("option", {value: current, selected: true, text: current}));
  const note = el("div", {class: "hulp detail", id: `${id}-detail`, "aria-live": "polite"});
  const detail = () => {
    const c = choices.find(x => x.value === parent[stored]);
    note.textContent = !c ? "" : c.profiel ? "Met het profiel van dit project: de huisstijl en de namen van voorzitter en griffier."
      : "Zonder eigen profiel: de woorden uit het register; huisstijl en namen vult u zelf in.";
    if (c && c.soortnaam) named(c.soortnaam);
  };
  detail();
  node.setAttribute("aria-describedby", `${id}-hulp ${id}-detail`);
  return el("span", {class: "orgaan"}, node, note);
}

function named(soortnaam) {
  // The soort as the chosen orgaan calls it (a provincie's Statenvoorstel), in the heading of a new stuk too.
  document.getElementById("soortnaam").textContent = soortnaam;
  if (state.pad) return;
  const heading = `Nieuw: ${soortnaam.toLowerCase()}`;
  document.getElementById("kop").textContent = heading;
  document.title = `${document.title.startsWith("• ") ? "• " : ""}${heading} · raadsstukken bewerk`;
}

function normaliseJaNee(text) {
  const t = text.trim().toLowerCase();
  if (["ja", "true", "yes", "waar", "j"].includes(t)) return "ja";
  if (["nee", "false", "no", "onwaar", "n"].includes(t)) return "nee";
  return t;
}

function select(id, path, options, current, set, names) {
  const node = el("select", {id, name: locOf(path), onchange: e => { set(e.target.value); changed(0); }});
  if (current && !options.includes(current)) options = [...options, current];
  for (const option of options) {
    node.append(el("option", {value: option, selected: option === current, text: (names && names[option]) || option}));
  }
  return node;
}

function group(spec, parent, key, path, required) {
  if (parent[key] === undefined || parent[key] === null || typeof parent[key] !== "object") {
    if (typeof parent[key] === "string") return el("pre", {class: "vast", text: parent[key]});
    parent[key] = emptyOf(spec);
  }
  const value = parent[key];
  const box = el("div", {class: "groep"});
  if (typeof isVote === "function" && isVote(spec)) {
    const grid = voteGrid(value, path);
    if (grid) box.append(grid);
  }
  const filled = required || Object.entries(value).some(([k, v]) => k !== "soort" && !isEmpty(v));
  const one = spec.een_van;
  if (one) box.append(oneOf(spec, value, path));
  const chosen = one ? one.fields.find(name => value[name] !== undefined && value[name] !== null) : undefined;
  for (const f of spec.fields) {
    if (f.kind === "vast" || (one && one.fields.includes(f.name) && f.name !== chosen)) continue;
    box.append(field(f, value, [...path, f.name], filled || f.name === chosen));
  }
  return box;
}

function oneOf(spec, value, path) {
  // Fields of which exactly one is filled in (a wijziging is one kind of change): first the kind, then its fields.
  const one = spec.een_van;
  const id = `${idOf(path)}-een-van`;
  const current = one.fields.find(name => value[name] !== undefined && value[name] !== null) || "";
  const named = name => (spec.fields.find(f => f.name === name) || {label: name}).label;
  const pick = el("select", {id, name: `${locOf(path)}.een_van`, onchange: e => {
    for (const name of one.fields) delete value[name];
    const target = spec.fields.find(f => f.name === e.target.value);
    if (target) value[target.name] = emptyOf(target);
    changed(0);
    draw();
  }}, el("option", {value: "", text: "(kies)"}), ...one.fields.map(name => el("option", {value: name, selected: name === current, text: named(name)})));
  return el("div", {class: "veld soort-keuze", "data-loc": `${locOf(path)}.een_van`},
    el("label", {for: id, class: "label"}, one.label, el("span", {class: "verplicht", text: " (verplicht)"})), pick);
}

function list(spec, parent, key, path) {
  if (!Array.isArray(parent[key])) parent[key] = parent[key] === undefined || parent[key] === null ? emptyOf(spec) : [parent[key]];
  const items = parent[key];
  const box = el("div", {class: `lijst lijst-${path[path.length - 1]}`});
  items.forEach((_, index) => {
    const itemPath = [...path, index];
    const row = el("div", {class: `item item-${spec.item.kind}`, "data-loc": locOf(itemPath)});
    row.append(el("span", {class: "nummer", text: `${index + 1}.`}));
    const item = control(spec.item, items, index, itemPath, idOf(itemPath), true);
    const named = `${spec.label || "Punt"} ${index + 1}`;
    if (item.matches("input, select, textarea")) item.setAttribute("aria-label", named);
    else if (item.querySelector(":scope > input")) item.querySelector(":scope > input").setAttribute("aria-label", named);
    const inner = el("div", {class: "inhoud", role: spec.item.kind === "groep" ? "group" : null, "aria-label": spec.item.kind === "groep" ? named : null}, item);
    row.append(inner);
    row.append(el("span", {class: "bediening"},
      el("button", {type: "button", class: "omhoog", title: "Naar boven", "aria-label": `${named} naar boven`, disabled: index === 0,
                    onclick: () => { move(items, index, -1); }, text: "↑"}),
      el("button", {type: "button", class: "omlaag", title: "Naar beneden", "aria-label": `${named} naar beneden`, disabled: index === items.length - 1,
                    onclick: () => { move(items, index, 1); }, text: "↓"}),
      el("button", {type: "button", class: "weg", title: "Verwijderen", "aria-label": `${named} verwijderen`,
                    onclick: () => { items.splice(index, 1); changed(0); draw(); }, text: "✕"})));
    if (path.length === 1 && path[0] === "niet_geplaatst") inner.append(mover(items, index));
    box.append(row);
  });
  const noun = spec.item.kind === "groep" ? (path[path.length - 1] === "indieners" ? "indiener" : "blok") : "punt";
  box.append(el("button", {type: "button", class: "erbij", "data-voor": locOf(path),
    "aria-label": spec.label ? `${noun} toevoegen aan ${spec.label}` : `${noun} toevoegen`,
    onclick: () => { items.push(emptyOf(spec.item)); changed(0); draw(); focusLast(path, items.length - 1); }, text: `+ ${noun}`}));
  return box;
}

function moveTargets() {
  // Where text the import could not place may go: lists of texts, and lists of blocks (into the last block).
  return state.fields.filter(f => f.kind === "lijst" && !f.only_filled &&
    (f.item.kind === "tekst" || (f.item.kind === "groep" && f.item.fields.some(x => x.name === "punten"))));
}

function mover(items, index) {
  const pick = el("select", {class: "verplaats", "aria-label": "Verplaats naar", onchange: e => {
    const target = moveTargets().find(f => f.name === e.target.value);
    if (!target) return;
    const text = items[index];
    if (!Array.isArray(state.data[target.name])) state.data[target.name] = [];
    const list = state.data[target.name];
    if (target.item.kind === "tekst") list.push(text);
    else {
      if (!list.length) list.push(emptyOf(target.item));
      const last = list[list.length - 1];
      last.punten = [...(last.punten || []).filter(p => p !== ""), text];
    }
    items.splice(index, 1);
    changed(0);
    draw();
  }}, el("option", {value: "", text: "verplaats naar …"}), ...moveTargets().map(f => el("option", {value: f.name, text: f.label})));
  return pick;
}

function focusLast(path, index) {
  const target = document.querySelector(`[data-loc="${CSS.escape(locOf([...path, index]))}"] input, [data-loc="${CSS.escape(locOf([...path, index]))}"] textarea`);
  if (target) target.focus();
}

function move(items, index, step) {
  const other = index + step;
  [items[index], items[other]] = [items[other], items[index]];
  changed(0);
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
                             "aria-label": `Nummer van voetnoot ${index + 1}`, title: "Het nummer waarmee een tekst ernaar verwijst, zoals 1 voor [^1]", oninput: e => { row[0] = e.target.value; sync(); }}));
    line.append(el("textarea", {class: "waarde", name: `${locOf(path)}.tekst.${index}`, rows: 2, text: row[1],
                                "aria-label": `Tekst van voetnoot ${row[0] || index + 1}`, oninput: e => { row[1] = e.target.value; sync(); }}));
    line.append(el("button", {type: "button", class: "weg", text: "✕", "aria-label": `Voetnoot ${row[0] || index + 1} verwijderen`, onclick: () => { rows.splice(index, 1); sync(); draw(); }}));
    box.append(line);
  });
  box.append(el("button", {type: "button", class: "erbij", "data-voor": locOf(path), text: "+ voetnoot", "aria-label": "voetnoot toevoegen",
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
      else if (f.required && f.kind !== "vast" && f.kind !== "lijst" && !(f.alias && !isEmpty(value[f.alias]))) out[f.name] = "";
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
