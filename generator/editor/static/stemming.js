// A vergadering's vote as a grid: the fracties (or, for a hoofdelijke stemming, the members) of the
// orgaan on the meeting's date, each voor, tegen or not voting, with the tally counted as typed.
// It edits the same `voor:`, `tegen:`, `afwijkend:` and `stemverklaringen:` lists the fields below show
// (form.js draws both): a member of a fractie who voted otherwise, and a stemverklaring, are added from the grid.
"use strict";

const compositions = new Map();

function composition() {
  const orgaan = state.data.orgaan || "";
  const datum = state.data.datum || "";
  const key = `${orgaan}|${datum}`;
  if (datum && !/^\d{4}-\d{2}-\d{2}$/.test(datum)) return null;  // a date still being typed: no request per keystroke
  if (!compositions.has(key)) {
    compositions.set(key, null);
    fetch(`/api/samenstelling?orgaan=${encodeURIComponent(orgaan)}&datum=${encodeURIComponent(datum)}`, {credentials: "same-origin"})
      .then(r => r.json()).then(found => { compositions.set(key, found); if (found.fracties.length) draw(); })
      .catch(() => {});
  }
  return compositions.get(key);
}

function isVote(spec) {
  const names = (spec.fields || []).map(f => f.name);
  return ["over", "voor", "tegen", "hoofdelijk"].every(n => names.includes(n));
}

const opened = new Set();
// Which fracties' member lists are open (kept across redraws: the form is drawn again after each choice).

function sideOf(vote, naam) {
  return (vote.voor || []).includes(naam) ? "voor" : (vote.tegen || []).includes(naam) ? "tegen" : "";
}

function other(side) {
  return side === "voor" ? "tegen" : "voor";
}

function tallyOf(vote, rows, hoofdelijk) {
  // As telling.py counts: a fractie's seats on its side, less its members named under `afwijkend:`, who count on the other.
  const count = {voor: 0, tegen: 0};
  for (const row of rows) {
    const side = sideOf(vote, row.naam);
    if (!side) continue;
    const moved = hoofdelijk ? 0 : (vote.afwijkend || []).filter(a => row.leden.includes(a.lid) && a.stem === other(side)).length;
    count[side] += row.stemmen - moved;
    count[other(side)] += moved;
  }
  return count;
}

function setSide(vote, row, side) {
  vote.voor = (vote.voor || []).filter(n => n !== row.naam);
  vote.tegen = (vote.tegen || []).filter(n => n !== row.naam);
  if (side) vote[side] = [...vote[side], row.naam];
  if (!vote.afwijkend || !vote.afwijkend.length) return;
  // Members who voted otherwise still did so when their fractie changes side; without a side, they are no longer marked.
  vote.afwijkend = vote.afwijkend.filter(a => side || !row.leden.includes(a.lid))
    .map(a => row.leden.includes(a.lid) ? {...a, stem: other(side)} : a);
}

function setOtherwise(vote, lid, stem, on) {
  const kept = (vote.afwijkend || []).filter(a => a.lid !== lid);
  vote.afwijkend = on ? [...kept, {lid, stem}] : kept;
}

function addStatement(vote, loc, who) {
  vote.stemverklaringen = [...(vote.stemverklaringen || []), {...who, tekst: ""}];
  changed();
  draw();
  const field = document.querySelector(`[name="${CSS.escape(`${loc}.stemverklaringen[${vote.stemverklaringen.length - 1}].tekst`)}"]`);
  if (field) field.focus();
}

function voteGrid(vote, path) {
  const found = composition();
  if (!found || !found.fracties.length) return null;
  const hoofdelijk = normaliseJaNee(String(vote.hoofdelijk || "")) === "ja";
  const rows = hoofdelijk
    ? found.fracties.flatMap(f => f.leden.map(lid => ({naam: lid, stemmen: 1, bij: f.naam, leden: []})))
    : found.fracties.map(f => ({naam: f.naam, stemmen: f.zetels, bij: "", leden: f.leden}));
  const loc = locOf(path);
  const count = tallyOf(vote, rows, hoofdelijk);
  const moved = hoofdelijk ? 0 : (vote.afwijkend || []).length;
  const tally = el("p", {class: "telling stemtelling", role: "status", "aria-live": "polite",
    text: `Voor: ${count.voor} · Tegen: ${count.tegen}` + (found.zetels ? ` · van ${found.zetels} zetels` : "")
      + (moved ? ` (${moved} ${moved === 1 ? "lid stemde" : "leden stemden"} anders dan de fractie)` : "")});
  const table = el("table", {class: "stemrooster"});
  table.append(el("caption", {text: hoofdelijk ? "Stem per lid (hoofdelijke stemming)" : "Stem per fractie"}));
  table.append(el("thead", {}, el("tr", {}, el("th", {scope: "col", text: hoofdelijk ? "Lid" : "Fractie"}),
    el("th", {scope: "col", text: hoofdelijk ? "Fractie" : "Zetels"}),
    ...["voor", "tegen", "geen stem", "verder"].map(t => el("th", {scope: "col", text: t})))));
  const body = el("tbody");
  rows.forEach((row, i) => {
    const current = sideOf(vote, row.naam);
    const name = `${loc}.rooster.${i}`;
    const cells = ["voor", "tegen", ""].map(side => el("td", {}, el("input", {
      type: "radio", name, value: side, checked: current === side, "aria-label": `${row.naam}: ${side || "geen stem"}`,
      onchange: () => { setSide(vote, row, side); changed(0); draw(); }})));  // the lists below show the same names
    const more = el("td", {class: "verder"});
    const members = hoofdelijk ? null : otherwiseRow(vote, row, current, `${loc}.anders.${i}`, more);
    more.append(el("button", {type: "button", class: "stemverklaring", name: `${loc}.verklaring.${i}`,
      "aria-label": `stemverklaring van ${row.naam} toevoegen`, text: "+ verklaring",
      onclick: () => addStatement(vote, loc, hoofdelijk ? {lid: row.naam} : {fractie: row.naam})}));
    body.append(el("tr", {}, el("th", {scope: "row", text: row.naam}), el("td", {text: hoofdelijk ? row.bij : String(row.stemmen)}), ...cells, more));
    if (members) body.append(members);
  });
  table.append(body);
  return el("div", {class: "stemgrid", "data-rooster": loc}, table, tally);
}

function otherwiseRow(vote, row, side, key, cell) {
  // A fractie's members, each to be marked as voting otherwise than the fractie (`afwijkend:`), shown on request.
  if (!row.leden.length) return null;
  const marked = (vote.afwijkend || []).filter(a => row.leden.includes(a.lid)).length;
  const open = opened.has(key) && side;
  const id = `${key.replace(/[^A-Za-z0-9_-]+/g, "-")}-leden`;
  cell.append(el("button", {type: "button", class: "anders", name: key, "aria-expanded": open ? "true" : "false",
    "aria-controls": open ? id : null, disabled: !side, title: side ? null : "Kies eerst hoe de fractie stemde",
    "aria-label": `leden van ${row.naam} die anders stemden${marked ? ` (${marked})` : ""}`,
    text: `anders${marked ? ` (${marked})` : ""}…`,
    onclick: () => { if (opened.has(key)) opened.delete(key); else opened.add(key); draw(); }}));
  if (!open) return null;
  const stem = other(side);
  const boxes = row.leden.map(lid => el("label", {class: "afwijkend-lid"}, el("input", {
    type: "checkbox", name: `${key}.${lid}`, checked: (vote.afwijkend || []).some(a => a.lid === lid),
    onchange: e => { setOtherwise(vote, lid, stem, e.target.checked); changed(0); draw(); }}), ` ${lid} stemde ${stem}`));
  const set = el("fieldset", {class: "afwijkend"}, el("legend", {text: `Leden van ${row.naam} die ${stem} stemden (de fractie stemde ${side})`}), ...boxes);
  return el("tr", {id, class: "leden"}, el("td", {colspan: "6"}, set));
}
