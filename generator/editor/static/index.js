// The document list: the import needs a script (the file goes up as the request body); the file
// input itself is hidden behind a Dutch label, and the chosen name is said beside it.
"use strict";

const input = document.getElementById("importbestand");
const note = document.getElementById("importmelding");

input.addEventListener("change", () => {
  document.getElementById("gekozen").textContent = input.files[0] ? `Gekozen: ${input.files[0].name}` : "Nog geen bestand gekozen.";
});

document.getElementById("importeer").addEventListener("click", async () => {
  const file = input.files[0];
  note.hidden = false;
  note.className = "melding";
  if (!file) { note.textContent = "Kies eerst een bestand."; return; }
  note.textContent = "Bezig met importeren…";
  const response = await fetch("/api/importeer", {method: "POST", body: file, credentials: "same-origin",
    headers: {"Content-Type": "application/octet-stream", "X-Bestandsnaam": encodeURIComponent(file.name)}});
  let answer = {};
  try { answer = await response.json(); } catch (e) { answer = {error: `antwoord ${response.status}`}; }
  if (answer.pad) { location.href = `/bewerk?pad=${encodeURIComponent(answer.pad)}`; return; }
  note.textContent = answer.error || "De import is mislukt.";
  note.className = "melding fout";
});
