// The document list: only the import needs a script (the file goes up as the request body).
"use strict";

document.getElementById("importeer").addEventListener("click", async () => {
  const input = document.getElementById("importbestand");
  const note = document.getElementById("importmelding");
  const file = input.files[0];
  note.hidden = false;
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
