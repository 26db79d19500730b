"""Write the .txt files. Cuts: only whole trailing lines that the stored copy broke off mid-line."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
import texts1, texts2, texts3, texts4
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# trailing partial line cut (stored excerpt ends mid-line) -> drop that last line only
CUT_LAST_LINE = {"hoogheemraadschap-de-stichtse-rijnlanden_motto", "zaanstad_dierenwelzijn_integreren", "houten_a12_salto"}
ALL = {}
for m in (texts1, texts2, texts3, texts4):
    ALL.update(m.T)
for name, (url, text) in ALL.items():
    if name in CUT_LAST_LINE:
        text = text.rsplit("\n", 1)[0]
    if not text.endswith("\n"):
        text += "\n"
    with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
print(len(ALL))
