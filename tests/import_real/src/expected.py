# Human-read expected facts (written before any importer code was run on the texts).
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import texts1, texts2, texts3, texts4
URL = {}
for m in (texts1, texts2, texts3, texts4):
    URL.update({k: v[0] for k, v in m.T.items()})
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
P="provincie"; W="waterschap"; G="gemeente"; TK="tweede-kamer"; EK="eerste-kamer"
E = {}
def e(name, note, orgaan, soort, titel=None, vergadering=None, nummer=None, con=None, ove=None, ver=None, ind=None, status=None, stemming=None, afwezig=None, extra=None):
    E[name] = dict(note=note, orgaan=orgaan, soort=soort, titel=titel, vergadering=vergadering, nummer=nummer, con=con, ove=ove, ver=ver, ind=ind, status=status, stemming=stemming, afwezig=afwezig, extra=extra)
PVDD="Partij voor de Dieren"
e("zuid-holland_nationale_programmas", ["Party-site page: headers without colon, numbered points '1.' under each header, numbered single-point dictum,", "12 indieners as 'Naam (Fractie)'; 'Status/Aangenomen' and empty Voor/Tegen as page furniture; no meeting date (only page date)."],
  "zuid-holland", P, "duidelijke kaderstellende en controlerende rol PS in Nationale Programma\u2019s", None, None,
  [["Constaterende dat","3"]], [["Overwegende dat","4"]], [["Verzoekt het college","1"]],
  [("Gerard van de Breevaart","ChristenUnie & SGP"),("Rosalie Bedijn","PvdA"),("Jeremy Mooiman","PVV"),("Moniek van Sandick","CDA"),("Nol van Gerven","GroenLinks"),("Hanke Hoogerwerf","PvdD"),("Metin Celik","DENK"),("Vinesh Lalta","D66"),("Peter van Waaij","VVD"),("Lies van Aelst","SP"),("Jaap Haasnoot","GOUD"),("Ton van Rijnberk","groep Van Rijnberk")],
  "aangenomen", None, ["vergadering","nummer","stemming"])
e("overijssel_treurnis", ["Motie van treurnis; all headers lowercase and inline ('overwegende dat in …,'), no colons, one point each;", "overwegende before constaterende; plural dictum 'spreken uit' + 'roepen GS op'; name line then fractie line; Voor/Tegen lists."],
  "overijssel", P, "van treurnis", "2019-10-16", None,
  [["constaterende dat","1"]], [["overwegende dat","1"],["van mening dat","1"]], [["spreken uit","1"],["roepen GS op","1"]],
  [("Luuk Folkerts",PVDD),("Wybren Bakker","D66"),("Manouska Molema","GroenLinks"),("Harry Broekhuis","SP")],
  "verworpen", "Voor: PartijvoordeDieren, GroenLinks, SP, D66; Tegen: Forum voor Democratie, ChristenUnie, PvdA, CDA, VVD, 50Plus, SGP, PVV", ["nummer"])
e("drenthe_dplg", ["Lowercase headers with colon, dash points separated by blank lines, dictum 'roept het college op:' (GS called 'het college'),", "indieners as 'Naam, Fractie'; page status 'Ingediend' (not a final status) and empty Voor/Tegen."],
  "drenthe", P, "Uitgangspunten DPLG", "2023-07-12", None,
  [["constaterende dat:","2"]], [["overwegende dat:","3"]], [["roept het college op:","1"]],
  [("Renate Zuiker",PVDD),("Sam Pormes","GroenLinks"),("Anry Kleine Deters","D66")], None, None, ["nummer","status","stemming"])
e("hoogheemraadschap-de-stichtse-rijnlanden_motto", ["Waterschap AB; title repeated as 'Motie: \"…\"'; points wrapped with BLANK lines inside a point (continuation lines", "without dash); dictum to 'college van dijkgraaf en hoogheemraden'; no indieners in the text; last broken page line cut."],
  "hoogheemraadschap-de-stichtse-rijnlanden", W, "van Droge Voeten naar Voldoende Water op Maat", "2022-07-06", None,
  [["Constaterende dat:","3"]], [["Overwegende dat:","4"]], [["Verzoekt het college van dijkgraaf en hoogheemraden:","2"]],
  [], None, "Voor: PartijvoordeDieren, W@I, PvdA, LNE, CDA, AWP, CU, WN; Tegen: VVD", ["nummer","status"], "indieners: none stated (page status 'Ingediend')")
e("hoogheemraadschap-de-stichtse-rijnlanden_strategische_lijnen", ["Waterschap AB; indented '•' bullets, long points; fractie line BEFORE the name line; Verworpen with Voor/Tegen."],
  "hoogheemraadschap-de-stichtse-rijnlanden", W, "Uitwerking strategische lijnen vanuit ambities coalitieakkoord", "2020-07-01", None,
  [["Constaterende dat:","2"]], [["Overwegende dat:","3"]], [["Verzoekt het college van dijkgraaf en hoogheemraden:","1"]],
  [("Anjo Travaille",PVDD)], "verworpen", "Voor: PvdD, AWP, CU, 50PLUS; Tegen: WN, LNE, VVD, CDA, PvdA, W@I", ["nummer"])
e("waterschap-brabantse-delta_graafschade", ["Waterschap AB, dictum to 'het Dagelijks Bestuur'; the slot 'En gaat over tot de orde van de dag.' is itself a bullet;", "a garbled near-duplicate dictum point (counts as its own point); two name lines then one fractie line per party; Tegen list empty."],
  "waterschap-brabantse-delta", W, "Onderzoek naar het op een diervriendelijke manier voorkomen van graafschade door knaagdieren", "2019-12-04", None,
  [["Constaterende dat:","2"]], [["Overwegende dat:","1"]], [["Verzoekt het Dagelijks Bestuur:","4"]],
  [("Ellen Putman",PVDD),("Cynthia Pallandt",PVDD),("Han Verbeem","PvdA"),("Wendy de Koning \u2013 Bogers","PvdA")],
  "verworpen", "Voor: Natuur, Partij voor de Dieren, Water Natuurlijk", ["nummer"])
e("waterschap-amstel-gooi-en-vecht_muskusratten", ["Waterschap AB; 'Kennisgenomen van …,' inline header; points directly on the line after 'Constaterende dat:' without bullets,", "separated by blank lines; indieners 'Initialen Naam (Fractie)'; Voor/Tegen empty."],
  "waterschap-amstel-gooi-en-vecht", W, "muskusrattenbestrijding", "2020-11-26", None,
  [["Kennisgenomen van","1"],["Constaterende dat:","2"]], [["Overwegende dat:","1"]], [["Verzoekt het Dagelijks Bestuur:","1"]],
  [("J.F. Bloemberg-Issa",PVDD),("A. Mulder",PVDD),("F. van Lierop",PVDD),("M. Blom",PVDD)], "verworpen", None, ["nummer","stemming"])
e("hoogheemraadschap-van-rijnland_veiligheidsindicator", ["Verenigde Vergadering; 'Motie 1:' numbered title; 'Gelezen …' line; dash points without ';'; dictum header 'Verzoekt het DB,' (comma);", "slot 'orde van dag'; narrative 'Status:' paragraph saying the motie was aangehouden; 'Naam, Fractie'."],
  "hoogheemraadschap-van-rijnland", W, "Muskusrattenbeheer. Ontwikkelen veiligheidsindicator", "2012-09-26", "1",
  [["Gelezen","1"],["Constaterende dat:","5"]], None, [["Verzoekt het DB,","1"]],
  [("D.M. de Vos",PVDD)], "aangehouden", None, ["stemming"])
e("tweede-kamer_35166-16", ["officielebekendmakingen Kamerstuk page: metadata row, '35 166' dossier, 'Nr. 16 MOTIE VAN DE LEDEN …' in capitals,", "'Voorgesteld tijdens het Wetgevingsoverleg van …'; two 'overwegende dat' blocks; dictum 'spreekt uit dat'; names only."],
  "tweede-kamer", TK, "VAN DE LEDEN ZIENGS EN VAN DER MOLEN", "2019-06-03", "16",
  [["constaterende dat","1"]], [["overwegende dat","1"],["overwegende dat","1"]], [["spreekt uit dat","1"]],
  [("Ziengs",None),("Van der Molen",None)], None, None, ["status","stemming"], "kamerstuk: \"35 166\"")
e("tweede-kamer_32123-IV-12", ["Kamerstuk with 'nr. 12' and title on separate lines; 'overwegende, dat' and 'voorts overwegende, dat' (comma before dat),", "no constaterende; 'verzoekt de regering' inline; names incl. particle name 'Van der Staaij'."],
  "tweede-kamer", TK, "VAN HET LID REMKES C.S.", "2009-12-02", "12",
  None, [["overwegende, dat","1"],["voorts overwegende, dat","1"]], [["verzoekt de regering","1"]],
  [("Remkes",None),("Van Raak",None),("Pechtold",None),("Van der Staaij",None)], None, None, ["status","stemming"], "kamerstuk: \"32 123 IV\"")
e("tweede-kamer_pvv_immigratie", ["Party-site copy of a TK motie: no Kamerstuk, no number, no date, no indieners; 'Skip to main content' furniture;", "clauses on consecutive lines without blank lines; 'van mening dat' as overweging."],
  "tweede-kamer", TK, "mbt immigratie zowel binnen als buiten de EU hoog op de agenda zetten", None, None,
  [["constaterende dat","1"]], [["van mening dat","1"]], [["verzoekt de regering,","1"]],
  [], None, None, ["vergadering","nummer","status","stemming"], "indieners: none stated")
e("eerste-kamer_35300-L", ["Eerste Kamer Kamerstuk: number is a LETTER ('L MOTIE VAN HET LID SCHALK C.S.'), guillemets \u00ab\u00bb in a point;", "interleaved overwegende/constaterende/voorts overwegende with comma before 'dat'; nine names incl. 'Rosenm\u00f6ller'."],
  "eerste-kamer", EK, "VAN HET LID SCHALK C.S.", "2019-10-29", "L",
  [["constaterende, dat","1"]], [["overwegende, dat","1"],["overwegende, dat","1"],["overwegende, dat","1"],["voorts overwegende, dat","1"]], [["verzoekt de regering","1"]],
  [(n,None) for n in ["Schalk","Gerbrandy","Otten","Koffeman","Van Dijk","Rosenm\u00f6ller","Vos","Van Rooijen","Kox"]], None, None, ["status","stemming"], "kamerstuk: \"35 300\"")
e("leiden_evenementenbeleid", ["'Motie: X' title; headers without colon; dash points; footnote marker glued to a word ('hebben1;') with no footnote text;", "dictum 'Verzoekt het college om' + one unbulleted sentence; no slot; 'Naam \u2013 Fractie'."],
  "leiden", G, "Evenementenbeleid 2020 - Het goede voorbeeld", "2020-04-23", None,
  [["Constaterende dat","2"]], [["Overwegende dat","2"]], [["Verzoekt het college om","1"]],
  [("Lianne Raat",PVDD)], None, None, ["nummer","status","stemming"], "page status 'Ingediend'")
e("leiden_baggeren", ["'Motie: X' title; raadsvoorstel line 'RV 14.0097 …' before the preamble; '•' bullets; 'Verzoekt het College:' (capital C);", "two indieners 'Naam (Fractie)'; no slot line; Aangenomen with Voor/Tegen."],
  "leiden", G, "Baggeren buiten broedseizoen", "2014-11-11", None,
  [["Constaterende dat:","2"]], [["Overwegende dat:","2"]], [["Verzoekt het College:","1"]],
  [("Jos Olsthoorn","GroenLinks"),("Dick de Vos",PVDD)], "aangenomen", "Voor: GroenLinks, SP, D66; Tegen: VVD, PvdA, CDA, Christen Unie", ["nummer"])
e("apeldoorn_vreemd_vuurwerk", ["Motie vreemd aan de orde van de dag with quoted title; one unbulleted point per header ending in ','; 'Naam, Fractie';", "empty Status/Voor/Tegen furniture."],
  "apeldoorn", G, "Apeldoorn steunt oproep Den Haag", "2014-01-16", None,
  [["Constaterende dat:","1"]], None, [["Verzoekt het college om:","1"]],
  [("S.H.D. Voss",PVDD)], None, None, ["nummer","status","stemming"], "vreemd_aan_de_orde: true")
e("apeldoorn_kunstgrasfonds", ["'Betreft:' line; 'Overwegende dat' header with NO points (the page gives none); inline dictum without colon;", "no slot; name line then fractie line. Text on the page is evidently incomplete (empty considerans) \u2014 kept as found."],
  "apeldoorn", G, "einde kunstgrasfonds", "2019-07-04", None,
  None, [["Overwegende dat","0"]], [["Verzoekt het college","1"]],
  [("Maaike Moulijn",PVDD)], None, "Voor: VSP", ["nummer","status"], "page status 'Ingediend'; PARTIAL (considerans empty on the page)")
e("woerden_m-42", ["PARTIAL: afdoeningsoverzicht page (lta.nu) showing only number 'M-42', title and the dictum; 'Status'/'Toezegging' are", "tracking-list labels, not the motie's vote status; no preamble, considerans, indieners or slot."],
  "woerden", G, "Beperking vuurwerkoverlast", None, "M-42",
  None, None, [["Verzoekt het college:","2"]],
  [], None, None, ["vergadering","status","stemming"], "indieners: none stated; PARTIAL")
e("westland_dierenwelzijn", ["Header 'Overwegende:' with each point starting 'dat …;' on its own paragraph; dictum 'Spreekt uit:' whose content is", "'het College … op te dragen …'; slot without 'En'; 'Namens de fractie van X' then name and function lines."],
  "westland", G, "inzake dierenwelzijn", "2016-11-08", None,
  None, [["Overwegende:","6"]], [["Spreekt uit:","1"]],
  [("Peter Duijsens","Westland Verstandig")], None, None, ["nummer","status","stemming"])
e("zaanstad_dierenwelzijn_integreren", ["'Toelichting:' paragraph inside the preamble; '•' bullets with blank lines; dictum inline without colon", "('Verzoekt het college dierenwelzijn te integreren …'); 'Namens de fractie van:' + 'Fractie, Naam'; Tegen line cut (page copy broke off)."],
  "zaanstad", G, "Dierenwelzijn integreren in beleidsterreinen waar dieren een rol spelen", "2019-09-19", None,
  [["Constaterende dat:","4"]], [["Overwegende dat:","1"]], [["Verzoekt het college","1"]],
  [("Judit Raa",PVDD)], "verworpen", "Voor: Democratisch Zaanstad, GroenLinks, Partij voor de Dieren, SP, VVD", ["nummer"])
e("zaanstad_vreemd_bescherming", ["Motie vreemd; lowercase 'constaterende dat:'; 'Draagt het college op' without colon, two alternative points joined by 'of',", "slot glued to the end of the last point; footnote '[1]' with a URL line; status Aangehouden."],
  "zaanstad", G, "Dieren hebben recht op bescherming", "2023-05-25", None,
  [["constaterende dat:","4"]], None, [["Draagt het college op","2"]],
  [("Stella Pieterson",PVDD)], "aangehouden", None, ["nummer","stemming"], "vreemd_aan_de_orde: true")
e("zoetermeer_dierenwelzijnsbeleid", ["PVV site; title 'Motie - X.'; date '5/11/2018'; meeting '5 en 12 november 2018' (two dates; first taken); 5 dictum", "points each starting 'Om …'/own verb; plural slot 'En gaan over … !'; indieners numbered '1. Naam (Fractie)' with remarks."],
  "zoetermeer", G, "Een offici\u00eble koers, dierenwelzijnsbeleid Zoetermeer.", "2018-11-05", None,
  [["Constaterende dat:","3"]], [["Overwegende dat:","3"]], [["Verzoekt het college:","5"]],
  [("Jeremy Mooiman","PVV"),("Ivan Beij","SP"),("Margot Kraneveldt","PvdA"),("Hanneke Wortel","LHN"),("Esmael Zamani","D66"),("Wim Blansjaar","PDvZ")],
  None, None, ["nummer","status","stemming"])
e("gemeente-groningen_kop_tot_staart", ["Slot sentence as the last dictum bullet; dictum header without colon; three indieners in two space-separated", "rows (names row, fracties row); empty Status but Voor/Tegen lists."],
  "gemeente-groningen", G, "evaluatie van Kop tot Staart", "2015-02-18", None,
  [["Constaterende dat:","2"]], [["Overwegende dat:","2"]], [["Verzoekt het college","1"]],
  [("Gerjan Kelder",PVDD),("Wim Kok","SP"),("Amrut Sijbolts","Stadspartij")], None,
  "Voor: PvdD, SP, Stadspartij, ChristenUnie; Tegen: GroenLinks, VVD, CDA, PvdA, D66, StudentenStad", ["nummer","status"])
e("gemeente-groningen_man_en_paard", ["Title in single quotes repeated ('Motie \\'Man en paard noemen\\''); raadsvoorstel in \u201c\u201d; '•' bullets;", "slot with '!'; name line then fractie line; status Overgenomen."],
  "gemeente-groningen", G, "Man en paard noemen", "2019-05-22", None,
  [["Constaterende dat:","4"]], [["Overwegende dat:","3"]], [["Verzoekt het college:","1"]],
  [("Kirsten de Wrede",PVDD)], "overgenomen", None, ["nummer","stemming"])
e("gemeente-groningen_wethouder_dierenwelzijn", ["'MOTIE DIERENWELZIJN' in capitals; Overwegende BEFORE Constaterende, headers without 'dat' and without colon, each", "point '- dat …,'; inline dictum; two-column indieners; 'Status' glued to the fracties line; Ingetrokken."],
  "gemeente-groningen", G, "DIERENWELZIJN", "2010-04-28", None,
  [["Constaterende","2"]], [["Overwegende","1"]], [["Verzoekt het college","1"]],
  [("Gerjan Kelder",PVDD),("Robert Prummel","Stadspartij")], "ingetrokken", None, ["nummer","stemming"])
e("den-haag_vegetarische_hoofdstad", ["'Van mening dat:' as second considerans block; RIS number of the voorstel in the preamble; dash points;", "no indieners in the text; Aangenomen with Voor/Tegen."],
  "den-haag", G, "Vegetarische hoofdstad blijven", "2013-11-07", None,
  [["Constaterende dat:","2"]], [["Van mening dat:","2"]], [["Verzoekt het college om:","1"]],
  [], "aangenomen", "Voor: GroenLinks; Tegen: CDA, PVV, D66, PvdA, SP, VVD", ["nummer"], "indieners: none stated")
e("den-haag_meer_dan_een_nota", ["'Constaterende, dat:' with comma; dictum addressed to 'de onderhandelende partijen (beoogd nieuw college)';", "name / fractie lines repeated per indiener."],
  "den-haag", G, "Dierenwelzijn meer dan een nota", "2019-12-19", None,
  [["Constaterende, dat:","3"]], [["Overwegende, dat:","4"]], [["Verzoekt de onderhandelende partijen (beoogd nieuw college):","1"]],
  [("Robert Barker",PVDD),("Robin Smit",PVDD)], "verworpen", "Voor: Partij voor de Dieren, Haagse Stadspartij, PVV, ChristenUnie/SGP, SP; Tegen: VVD, D66, GroenLinks, CDA, PvdA", ["nummer"])
e("den-haag_overleg_organisaties", ["No overwegende block; '\u2022' bullets directly under the header line (no blank line, no indent); no indieners; no slot."],
  "den-haag", G, "overleg Haagse dierenwelzijnsorganisaties", "2012-07-05", None,
  [["Constaterende dat:","2"]], None, [["Verzoekt het college om:","1"]],
  [], "aangenomen", "Voor: PvdD, GL, HSP, SP, ID; Tegen: PvdA, VVD, D66, CDA, PVV, PvdE, PPS, OD", ["nummer"], "indieners: none stated")
e("utrechtse-heuvelrug_henschotermeer", ["Motie vreemd; plain-language headers 'We constateren dat:' and 'We verzoeken:' (no addressee in header);", "indieners as 'Fractie \u2013 Naam' (en dash, once a hyphen); no slot; Aangenomen with Voor/Tegen."],
  "utrechtse-heuvelrug", G, "Henschotermeer", "2024-04-25", None,
  [["We constateren dat:","2"]], None, [["We verzoeken:","1"]],
  [("Francine van der Velde","BVHlokaal"),("Marijn Bouwmeester","Open"),("Paul Blom","PvdD"),("Lennart van der Burg","D66")],
  "aangenomen", "Voor: Partij voor de Dieren, BVH Lokaal, D66, OPEN; Tegen: SGP, VVD, CDA, ChristenUnie", ["nummer"], "vreemd_aan_de_orde: true")
e("houten_a12_salto", ["Griffie form: 'Voorstel (in te vullen door raadsgriffie)', 'Naar aanleiding van agendapunt …', 'Onderwerp: X' as title,", "'De Raad overwegende dat' header, en-dash/hyphen points without ';'; 'Spreekt uit,' (comma); 'Ondertekening en naam indiener:'."],
  "houten", G, "A12 Salto", "2008-01-29", None,
  None, [["De Raad overwegende dat","6"]], [["Spreekt uit,","1"]],
  [("Gijs van Leeuwen","SGP")], None, None, ["nummer","status","stemming"], "agendapunt: \"2007-073\"")
AMEND = {
 "amsterdam_amendement_agenda_dieren": "Amsterdam amendement listed among 'moties' on the party site: 'Besluit: de volgende tekst op pagina 15: \u201c\u2026\u201d te wijzigen in: \u201c\u2026\u201d'. Has 'Overwegende dat:' like a motie but its dictum amends the besluit \u2014 must be refused.",
 "leiden_amendement_veiligheid_dieren": "Leiden amendement A.150148.1: 'BESLUIT: aan besluitpunt 1a \u2026 toe te voegen', 'hiermee komt het beslispunt als volgt te luiden', 'en het raadsvoorstel dienovereenkomstig te wijzigen' \u2014 must be refused.",
 "zaanstad_amendement_wat_niet_gaat": "Zaanstad amendement: 'De ondergetekenden stellen \u2026 het volgende amendement voor: Besluit om: De tekst \u2026 te wijzigen in:' with Toelichting \u2014 must be refused.",
}
def q(s):
    if s is None: return None
    if any(c in s for c in ':#\'"[]{},&*!|>%@`') or s.strip()!=s:
        return '"' + s.replace('\\','\\\\').replace('"','\\"') + '"'
    return s
def blk(b):
    return "[" + ", ".join('["%s", "%s"]' % (h.replace('"','\\"'), n) for h, n in b) + "]"
for name, d in E.items():
    L = ["# source: " + URL[name]] + ["# " + x for x in d["note"]]
    L.append("orgaan: " + d["orgaan"]); L.append("soort_orgaan: " + d["soort"])
    if d["titel"]: L.append("titel: " + q(d["titel"]))
    if d["vergadering"]: L.append("vergadering: " + d["vergadering"])
    if d["nummer"]: L.append('nummer: "%s"' % d["nummer"])
    if d["extra"] and not d["extra"].startswith(("indieners:", "page status")) and "PARTIAL" not in d["extra"]:
        L.append(d["extra"])
    L.append("blokken:")
    if d["con"]: L.append("  constateringen: " + blk(d["con"]))
    if d["ove"]: L.append("  overwegingen: " + blk(d["ove"]))
    if d["ver"]: L.append("  verzoeken: " + blk(d["ver"]))
    if d["ind"]:
        L.append("indieners:")
        for n, f in d["ind"]:
            L.append("  - {naam: %s%s}" % (q(n), (", fractie: " + q(f)) if f else ""))
    else:
        L.append("indieners: []")
    if d["extra"] and (d["extra"].startswith(("indieners:", "page status")) or "PARTIAL" in d["extra"]):
        L.insert(1 + len(d["note"]), "# note: " + d["extra"])
    if d["status"]: L.append("status: " + d["status"])
    if d["stemming"]: L.append("stemming: " + q(d["stemming"]))
    L.append("afwezig: [" + ", ".join(d["afwezig"] or []) + "]")
    open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8").write("\n".join(L) + "\n")
for name, note in AMEND.items():
    L = ["# source: " + URL[name], "# " + note, "soort: amendement"]
    open(os.path.join(OUT, name + ".expected.yaml"), "w", encoding="utf-8").write("\n".join(L) + "\n")
print(len(E), len(AMEND))
