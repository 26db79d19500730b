// A vergadering's vote as a grid: the fracties (or, for a hoofdelijke stemming, the members) of the
// orgaan on the meeting's date, each voor, tegen or not voting, with the tally counted as typed.
// It edits the same `voor:` and `tegen:` lists the fields below show (form.js draws both).
"use strict";

const compositions = new Map();

function composition() {
  const orgaan = state.data.orgaan || "";
  const datum = state.data.datum || "";
  const key = `${orgaan}|${datum}`;
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

function voteGrid(vote, path) {
  const found = composition();
  if (!found || !found.fracties.length) return null;
  const hoofdelijk = normaliseJaNee(String(vote.hoofdelijk || "")) === "ja";
  const rows = hoofdelijk
    ? found.fracties.flatMap(f => f.leden.map(lid => ({naam: lid, stemmen: 1, bij: f.naam})))
    : found.fracties.map(f => ({naam: f.naam, stemmen: f.zetels, bij: ""}));
  const loc = locOf(path);
  const tally = el("p", {class: "telling stemtelling", role: "status", "aria-live": "polite"});
  const count = () => {
    const voor = rows.filter(r => (vote.voor || []).includes(r.naam)).reduce((n, r) => n + r.stemmen, 0);
    const tegen = rows.filter(r => (vote.tegen || []).includes(r.naam)).reduce((n, r) => n + r.stemmen, 0);
    tally.textContent = `Voor: ${voor} · Tegen: ${tegen}` + (found.zetels ? ` · van ${found.zetels} zetels` : "");
  };
  const table = el("table", {class: "stemrooster"});
  table.append(el("caption", {text: hoofdelijk ? "Stem per lid (hoofdelijke stemming)" : "Stem per fractie"}));
  table.append(el("thead", {}, el("tr", {}, el("th", {scope: "col", text: hoofdelijk ? "Lid" : "Fractie"}),
    el("th", {scope: "col", text: hoofdelijk ? "Fractie" : "Zetels"}),
    ...["voor", "tegen", "geen stem"].map(t => el("th", {scope: "col", text: t})))));
  const body = el("tbody");
  rows.forEach((row, i) => {
    const current = (vote.voor || []).includes(row.naam) ? "voor" : (vote.tegen || []).includes(row.naam) ? "tegen" : "";
    const name = `${loc}.rooster.${i}`;
    const cells = ["voor", "tegen", ""].map(side => el("td", {}, el("input", {
      type: "radio", name, value: side, checked: current === side, "aria-label": `${row.naam}: ${side || "geen stem"}`,
      onchange: () => {
        vote.voor = (vote.voor || []).filter(n => n !== row.naam);
        vote.tegen = (vote.tegen || []).filter(n => n !== row.naam);
        if (side) vote[side] = [...vote[side], row.naam];
        changed();
        draw();  // the lists below show the same names
      }})));
    body.append(el("tr", {}, el("th", {scope: "row", text: row.naam}), el("td", {text: hoofdelijk ? row.bij : String(row.stemmen)}), ...cells));
  });
  table.append(body);
  count();
  return el("div", {class: "stemgrid", "data-rooster": loc}, table, tally);
}
