"""Regenerate the python-docx drafts (run with /work/staging/venv/bin/python make_docx.py).
Text is taken from the .txt sources (verbatim lines); only the motie itself goes into the draft,
not the party-site furniture (Status/Voor/Tegen/Lees verder)."""
import copy, datetime, os, zipfile, shutil
from docx import Document
from docx.oxml.ns import qn
from lxml import etree
HERE = os.path.dirname(os.path.abspath(__file__))
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

def bullets(doc, items, style="List Bullet"):
    return [doc.add_paragraph(t, style=style) for t in items]

def leiden():
    d = Document()
    s = d.sections[0]
    s.header.paragraphs[0].text = "Gemeenteraad Leiden \u2013 vergadering 11 november 2014"
    s.footer.paragraphs[0].text = "RV 14.0097 Programmabegroting 2015 \u2013 pagina 1"
    d.add_heading("Motie: Baggeren buiten broedseizoen", level=1)
    d.add_paragraph("RV 14.0097 Programmabegroting 2015")
    d.add_paragraph("De raad van de gemeente Leiden, bijeen in vergadering op 11 november 2014,")
    d.add_paragraph("Constaterende dat:")
    bullets(d, ["de gemeente Leiden baggerwerkzaamheden uitvoert tijdens het broedseizoen;",
                "juist in dit seizoen de sloten en grachten volzitten met kleine vissen, kikkers en vogels."])
    d.add_paragraph("Overwegende dat:")
    bullets(d, ["het college stelt dat baggeren in het broedseizoen mogelijk moet blijven vanwege het zo doelmatig mogelijk inzetten van overheidsgelden;",
                "er genoeg maanden buiten het broedseizoen in het jaar zijn om deze werkzaamheden uit te voeren."])
    d.add_paragraph("Verzoekt het College:")
    bullets(d, ["vanaf 1 januari 2015 niet meer te baggeren tijdens het broedseizoen, tenzij dit strikt noodzakelijk is."])
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for r, (a, b) in enumerate([("Naam", "Fractie"), ("Jos Olsthoorn", "GroenLinks"), ("Dick de Vos", "Partij voor de Dieren")]):
        t.cell(r, 0).text, t.cell(r, 1).text = a, b
    d.save(os.path.join(HERE, "leiden_baggeren.docx"))

def drenthe():
    d = Document()
    d.add_paragraph("Motie Uitgangspunten DPLG", style="Title")
    d.add_paragraph("Provinciale Staten van Drenthe, in vergadering bijeen op 12 juli 2023,")
    d.add_paragraph("constaterende dat:")
    bullets(d, ["in de versie van het Drents Programma Landelijk Gebied (DPLG) van 16 juni 2023 hoofdstuk 3 \u00b4Uitgangspunten voor Drenthe\u2019 ontbrak",
                "de reden daarvoor was dat er nog geen nieuw college was aangetreden"])
    d.add_paragraph("overwegende dat:")
    ps = bullets(d, ["vandaag een nieuw college wordt ge\u00efnstalleerd",
                     "PLACEHOLDER",
                     "zolang er geen plan ligt voor natuurverbetering er geen stikstofruimte is voor vergunningen of PAS-melders"])
    # tracked change in point 2: "snel" deleted, "voortvarend" inserted (accepted text = source text)
    p = ps[1]
    for r in list(p.runs):
        r._r.getparent().remove(r._r)
    p.add_run("de uitdagingen in Drenthe ")
    date = "2023-07-11T21:00:00Z"
    dl = etree.SubElement(p._p, qn("w:del"), {qn("w:id"): "1", qn("w:author"): "Statenlid", qn("w:date"): date})
    rr = etree.SubElement(dl, qn("w:r")); dt = etree.SubElement(rr, qn("w:delText")); dt.text = "snel "
    dt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    ins = etree.SubElement(p._p, qn("w:ins"), {qn("w:id"): "2", qn("w:author"): "Statenlid", qn("w:date"): date})
    rr = etree.SubElement(ins, qn("w:r")); tt = etree.SubElement(rr, qn("w:t")); tt.text = "voortvarend "
    tt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    p.add_run("moeten worden opgepakt")  # appended after the w:ins
    d.add_paragraph("roept het college op:")
    bullets(d, ["om uiterlijk 1 oktober 2023 het ontbrekende hoofdstuk 3 van het DPLG \u00b4Uitgangspunten voor Drenthe\u00b4 naar PS te sturen"])
    d.add_paragraph("En gaat over tot de orde van de dag.")
    for line in ["Renate Zuiker, Partij voor de Dieren", "Sam Pormes, GroenLinks", "Anry Kleine Deters, D66"]:
        d.add_paragraph(line)
    d.save(os.path.join(HERE, "drenthe_dplg.docx"))

def hdsr():
    d = Document()
    d.add_heading("Motie Uitwerking strategische lijnen vanuit ambities coalitieakkoord", level=1)
    d.add_paragraph("Het Algemeen Bestuur van Hoogheemraadschap De Stichtse Rijnlanden in vergadering bijeen op woensdag 1 juli 2020,")
    src = open(os.path.join(HERE, "hoogheemraadschap-de-stichtse-rijnlanden_strategische_lijnen.txt"), encoding="utf-8").read().split("\n")
    pts = [l.strip()[2:] for l in src if l.strip().startswith("\u2022 ")]
    d.add_paragraph("Constaterende dat:"); bullets(d, pts[0:2])
    d.add_paragraph("Overwegende dat:"); bullets(d, pts[2:5])
    hp = d.add_paragraph("Verzoekt het college van dijkgraaf en hoogheemraden:")
    bullets(d, pts[5:6])
    d.add_paragraph("En gaat over tot de orde van de dag.")
    d.add_paragraph("Partij voor de Dieren"); d.add_paragraph("Anjo Travaille")
    # comment anchored on the dictum header
    hp._p.insert(0, etree.Element(qn("w:commentRangeStart"), {qn("w:id"): "0"}))
    hp._p.append(etree.Element(qn("w:commentRangeEnd"), {qn("w:id"): "0"}))
    r = etree.SubElement(hp._p, qn("w:r"))
    rpr = etree.SubElement(r, qn("w:rPr")); etree.SubElement(rpr, qn("w:rStyle"), {qn("w:val"): "CommentReference"})
    etree.SubElement(r, qn("w:commentReference"), {qn("w:id"): "0"})
    out = os.path.join(HERE, "hoogheemraadschap-de-stichtse-rijnlanden_strategische_lijnen.docx")
    tmp = out + ".tmp"; d.save(tmp)
    comments = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:comments xmlns:w="%s"><w:comment w:id="0" w:author="Fractieassistent" w:date="2020-06-29T10:00:00Z" w:initials="FA">'
        '<w:p><w:r><w:t>Nog even afstemmen met AWP of zij mede willen indienen.</w:t></w:r></w:p></w:comment></w:comments>' % W)
    zin, zout = zipfile.ZipFile(tmp), zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    for it in zin.infolist():
        data = zin.read(it.filename)
        if it.filename == "[Content_Types].xml":
            data = data.replace(b"</Types>", b'<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
        if it.filename == "word/_rels/document.xml.rels":
            data = data.replace(b"</Relationships>", b'<Relationship Id="rIdCmt1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
        zout.writestr(it, data)
    zout.writestr("word/comments.xml", comments); zout.close(); zin.close(); os.remove(tmp)

def tk():
    d = Document()
    s = d.sections[0]
    s.header.paragraphs[0].text = "Tweede Kamer der Staten-Generaal \u2013 vergaderjaar 2018\u20132019"
    for line in ["35 166 Raming der voor de Tweede Kamer in 2020 benodigde uitgaven, alsmede aanwijzing en raming van de ontvangsten",
                 "Nr. 16 MOTIE VAN DE LEDEN ZIENGS EN VAN DER MOLEN",
                 "Voorgesteld tijdens het Wetgevingsoverleg van 3 juni 2019",
                 "De Kamer,", "gehoord de beraadslaging,",
                 "constaterende dat bij offici\u00eble herdenkingen Kamerleden vaak aangeduid worden met hun partij;",
                 "overwegende dat herdenkingen nooit politiek zijn en vooral een blijk van medeleven, herinnering en respect moeten zijn;",
                 "overwegende dat bij de hoeveelheid herdenkingen, bijvoorbeeld rond 4 en 5 mei, het onmogelijk is voor alle Kamerleden om overal bij te zijn om dat respect te tonen;",
                 "spreekt uit dat Kamerleden die aanwezig zijn bij offici\u00eble herdenkingen dit doen namens het gehele parlement en op die wijze ons aller verbondenheid uitspreken in die aanwezigheid,",
                 "en gaat over tot de orde van de dag.", "Ziengs", "Van der Molen"]:
        d.add_paragraph(line)
    d.save(os.path.join(HERE, "tweede-kamer_35166-16.docx"))

if __name__ == "__main__":
    leiden(); drenthe(); hdsr(); tk(); print("ok")
