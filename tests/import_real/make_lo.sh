#!/bin/sh
# Regenerate the LibreOffice drafts: HTML with <ol>/<ul> -> docx via soffice (private profile).
set -e
cd "$(dirname "$0")"
python3 - <<'PY'
import html
def li(xs): return "".join("<li>%s</li>" % html.escape(x) for x in xs)
zh = """<html><head><meta charset="utf-8"><title>Motie</title></head><body>
<h1>Motie duidelijke kaderstellende en controlerende rol PS in Nationale Programma\u2019s</h1>
<p>Constaterende dat</p><ol>%s</ol>
<p>Overwegende dat</p><ol>%s</ol>
<p>Verzoekt het college</p><ol>%s</ol>
<p>En gaat over tot de orde van de dag.</p>%s
</body></html>""" % (
 li(["De deadlines van de Nationale Programma\u2019s krap zijn;", "Er veel gevraagd wordt van de provincie in de uitvoering Nationale Programma\u2019s;", "Er hier niet tot nauwelijks tijd is om de Provinciale Staten hierbinnen een rol te geven."]),
 li(["Provinciale Staten in deze krappe deadlines niet adequaat onze democratische volksvertegenwoordigende en kaderstellende taken kunnen uitvoeren;", "Dat er gewerkt moet worden met realistische deadlines voor zowel GS als PS;", "De Nationale Programma\u2019s hebben grote gevolgen voor de provincie;", "De wens van zowel PS als GS er wel is om in de uitwerking van de Nationale Programma\u2019s samen af te stemmen."]),
 li(["Bij het Rijk en de betrokken minister aan te dringen dat er ruimte moet komen voor GS om PS te consulteren."]),
 "".join("<p>%s</p>" % html.escape(x) for x in ["Gerard van de Breevaart (ChristenUnie & SGP)","Rosalie Bedijn (PvdA)","Jeremy Mooiman (PVV)","Moniek van Sandick (CDA)","Nol van Gerven (GroenLinks)","Hanke Hoogerwerf (PvdD)","Metin Celik (DENK)","Vinesh Lalta (D66)","Peter van Waaij (VVD)","Lies van Aelst (SP)","Jaap Haasnoot (GOUD)","Ton van Rijnberk (groep Van Rijnberk)"]))
open("lo_src/zuid-holland_nationale_programmas.html","w",encoding="utf-8").write(zh)
zm = """<html><head><meta charset="utf-8"><title>Motie</title></head><body>
<h1>Motie - Een offici\u00eble koers, dierenwelzijnsbeleid Zoetermeer.</h1>
<p>De gemeenteraad van Zoetermeer, in vergadering bijeen op 5 en 12 november 2018,</p>
<p>Constaterende dat:</p><ul>%s</ul>
<p>Overwegende dat:</p><ul>%s</ul>
<p>Verzoekt het college:</p><ul>%s</ul>
<p>En gaan over tot de orde van de dag!</p><ol>%s</ol>
</body></html>""" % (
 li(["De gemeente Zoetermeer de wettelijk verplichte taken aangaande dierenwelzijn uitvoert;", "De wettelijke taken beperkt zijn en er voor de gemeente Zoetermeer ruimte is om meer aan dierenwelzijn te doen;", "Zoetermeer geen eigen dierenwelzijnsbeleid kent;"]),
 li(["Verschillende grote en kleine gemeenten in het land m\u00e9\u00e9r doen aan dierenwelzijn dan wettelijk verplicht (vastleggen beleid, opvang, communicatie en educatie);", "Ook in de gemeente Zoetermeer kansen liggen om meer te doen aan dierenwelzijn, en dat de gemeente Zoetermeer het streven heeft om een gemeente te zijn waar alle inwoners goed behandeld worden, inclusief dieren;", "Er voor de gemeente een taak ligt wat betreft mensen bewust(er) maken van dierenwelzijn en diervriendelijkheid;"]),
 li(["Om in overleg met de bij dit onderwerp betrokken organisaties en partners te komen tot een analyse van wensen en mogelijkheden voor een positieve en werkbare bijdrage aan dierenwelzijn in Zoetermeer;", "Om op basis van eigen overwegingen en die van de betrokken partners te komen tot een officieel dierenwelzijnsbeleid van Zoetermeer en deze uit te werken in een Nota Dierenwelzijn;", "Om v\u00f3\u00f3r 1 juni 2019 de raad een voorstel ter bespreking voor te leggen waarin sprake is van een volwaardig dierenwelzijnsbeleid in Zoetermeer;", "Dierenwelzijn te benoemen binnen de portefeuilleverdeling van het college en deze onder te brengen bij \u00e9\u00e9n van de portefeuillehouders;", "De kosten te dekken uit het potje van de raad;"]),
 li(["Jeremy Mooiman (PVV)", "Ivan Beij (SP)", "Margot Kraneveldt (PvdA)", "Hanneke Wortel (LHN) (teruggetrokken maar steun bij voorjaarsdebat)", "Esmael Zamani (D66) (teruggetrokken maar steun bij voorjaarsdebat)", "Wim Blansjaar (PDvZ)"]))
open("lo_src/zoetermeer_dierenwelzijnsbeleid.html","w",encoding="utf-8").write(zm)
PY
for f in lo_src/zuid-holland_nationale_programmas.html lo_src/zoetermeer_dierenwelzijnsbeleid.html; do
  soffice -env:UserInstallation=file:///tmp/lo-staging --headless --convert-to "docx:MS Word 2007 XML" --outdir . "$f"
done
