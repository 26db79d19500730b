// Dates as a griffie writes them: DD-MM-JJJJ typed or picked from a Dutch calendar, whatever the
// browser's language. The data file keeps JJJJ-MM-DD; what cannot be read as a date is sent as typed,
// so `check` names it at its field.
"use strict";

const MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"];
const DAGEN = ["ma", "di", "wo", "do", "vr", "za", "zo"];
const DAGNAMEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];

function pad2(n) { return String(n).padStart(2, "0"); }

function isoToShown(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}-${m[2]}-${m[1]}` : iso;
}

function realDate(y, m, d) {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function shownToIso(text) {
  // 9-3-2026, 09-03-2026, 9/3/2026, 9.3.2026, 9 maart 2026 and 2026-03-09 are read; anything else is kept as typed.
  const t = text.trim().toLowerCase();
  let m = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(t);
  if (m && realDate(+m[3], +m[2], +m[1])) return `${m[3]}-${pad2(m[2])}-${pad2(m[1])}`;
  m = /^(\d{1,2}) ([a-z]+) (\d{4})$/.exec(t);
  if (m && MAANDEN.includes(m[2]) && realDate(+m[3], MAANDEN.indexOf(m[2]) + 1, +m[1])) return `${m[3]}-${pad2(MAANDEN.indexOf(m[2]) + 1)}-${pad2(m[1])}`;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m && realDate(+m[1], +m[2], +m[3])) return t;
  return text;
}

function spoken(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${+m[3]} ${MAANDEN[+m[2] - 1]} ${m[1]}` : "";
}

function dateControl(id, name, iso, set) {
  const input = el("input", {type: "text", id, name, value: isoToShown(iso), inputmode: "numeric", autocomplete: "off",
                              placeholder: "DD-MM-JJJJ", size: 12, class: "datum"});
  const said = el("span", {class: "hulp datumtekst", text: spoken(iso)});
  input.addEventListener("input", () => { const v = shownToIso(input.value); said.textContent = spoken(v); set(v); });
  const button = el("button", {type: "button", class: "kalenderknop", "aria-haspopup": "dialog", "aria-expanded": "false",
                               "aria-label": "Kalender: kies een datum", text: "Kalender"});
  const box = el("span", {class: "datumveld"}, input, button, said);
  button.addEventListener("click", () => openCalendar(box, input, button, value => {
    input.value = isoToShown(value); said.textContent = spoken(value); set(value); changed(0);
  }));
  return box;
}

function openCalendar(box, input, button, choose) {
  const existing = box.querySelector(".kalender");
  if (existing) { existing.remove(); button.setAttribute("aria-expanded", "false"); return; }
  const iso = shownToIso(input.value);
  const today = new Date();
  let focus = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(iso + "T00:00:00Z") : new Date(Date.UTC(today.getFullYear(), today.getMonth(), today.getDate()));
  const dialog = el("div", {class: "kalender", role: "dialog", "aria-modal": "false", "aria-label": "Kies een datum"});
  const close = () => { dialog.remove(); button.setAttribute("aria-expanded", "false"); button.focus(); };
  const render = () => {
    const y = focus.getUTCFullYear(), mo = focus.getUTCMonth();
    const title = el("div", {class: "kalenderkop", "aria-live": "polite", text: `${MAANDEN[mo]} ${y}`});
    const prev = el("button", {type: "button", "aria-label": "Vorige maand", text: "‹", onclick: () => { focus = new Date(Date.UTC(y, mo - 1, 1)); render(); }});
    const next = el("button", {type: "button", "aria-label": "Volgende maand", text: "›", onclick: () => { focus = new Date(Date.UTC(y, mo + 1, 1)); render(); }});
    const grid = el("table", {class: "maand"});
    grid.append(el("thead", {}, el("tr", {}, ...DAGEN.map((d, i) => el("th", {scope: "col", abbr: DAGNAMEN[i], text: d})))));
    const body = el("tbody");
    const first = (new Date(Date.UTC(y, mo, 1)).getUTCDay() + 6) % 7;
    const days = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
    let row = el("tr");
    for (let i = 0; i < first; i++) row.append(el("td"));
    for (let d = 1; d <= days; d++) {
      const value = `${y}-${pad2(mo + 1)}-${pad2(d)}`;
      const current = d === focus.getUTCDate();
      const cell = el("button", {type: "button", class: "dag", tabindex: current ? "0" : "-1", "aria-label": spoken(value),
                                 "aria-pressed": value === iso ? "true" : "false", text: String(d),
                                 onclick: () => { choose(value); close(); }});
      row.append(el("td", {}, cell));
      if ((first + d) % 7 === 0) { body.append(row); row = el("tr"); }
    }
    if (row.children.length) body.append(row);
    grid.append(body);
    dialog.replaceChildren(el("div", {class: "kalenderbalk"}, prev, title, next), grid,
      el("button", {type: "button", class: "sluit", text: "Sluiten", onclick: close}));
    const target = dialog.querySelector('.dag[tabindex="0"]');
    if (target) target.focus();
  };
  dialog.addEventListener("keydown", e => {
    const steps = {ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7};
    if (e.key === "Escape") { e.preventDefault(); close(); return; }
    if (e.key === "PageUp" || e.key === "PageDown") {
      e.preventDefault();
      focus = new Date(Date.UTC(focus.getUTCFullYear(), focus.getUTCMonth() + (e.key === "PageUp" ? -1 : 1), Math.min(focus.getUTCDate(), 28)));
      render();
    } else if (steps[e.key] && e.target.classList.contains("dag")) {
      e.preventDefault();
      focus = new Date(focus.getTime() + steps[e.key] * 86400000);
      render();
    }
  });
  box.append(dialog);
  button.setAttribute("aria-expanded", "true");
  render();
}
