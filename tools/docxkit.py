"""Helpers to build the default Word templates with python-docx (tools/make_templates.py).

The templates are ordinary Word files a griffie can open and edit; this script only makes the
first version reproducible: house styles (Arial, nl-NL), A4 page, page numbers, footnotes part.
"""

from __future__ import annotations

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"


def new_document(font: str = "Arial", size: int = 11, color: str = "1F3864"):
    doc = Document()
    section = doc.sections[0]
    section.page_height, section.page_width = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(2.5))
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.2)
    _defaults(doc, font, size)
    _frame_styles(doc)
    _heading_styles(doc, font, color)
    _footnote_styles(doc)
    return doc


def _defaults(doc, font: str, size: int) -> None:
    styles = doc.styles.element
    rpr = styles.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for child in list(rpr):
        if child.tag in (qn("w:rFonts"), qn("w:lang"), qn("w:sz"), qn("w:szCs")):
            rpr.remove(child)
    rpr.append(parse_xml(f'<w:rFonts {nsdecls("w")} w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}" w:eastAsia="{font}"/>'))
    rpr.append(parse_xml(f'<w:sz {nsdecls("w")} w:val="{size * 2}"/>'))
    rpr.append(parse_xml(f'<w:lang {nsdecls("w")} w:val="nl-NL" w:eastAsia="nl-NL" w:bidi="ar-SA"/>'))
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15


def _frame_styles(doc) -> None:
    """Header and Footer: one right tab at the margin (the built-in centre stop put "1/3" mid-line)."""
    from docx.enum.text import WD_TAB_ALIGNMENT

    for name in ("Header", "Footer"):
        tabs = doc.styles[name].paragraph_format.tab_stops
        tabs.clear_all()
        tabs.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT)


def _heading_styles(doc, font: str, color: str) -> None:
    for name, size in (("Title", 20), ("Heading 1", 15), ("Heading 2", 12), ("Heading 3", 11)):
        style = doc.styles[name]
        style.font.name = font
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.color.rgb = RGBColor.from_string(color)
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is not None:
            for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
                fonts.attrib.pop(qn(attr), None)
            for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                fonts.set(qn(attr), font)
        style.paragraph_format.space_before = Pt(12 if name != "Title" else 0)
        style.paragraph_format.space_after = Pt(6)
        style.paragraph_format.keep_with_next = True
    subtitle = doc.styles["Subtitle"]  # python-docx's is italic with wide letter spacing
    subtitle.font.italic = False
    subtitle.font.name = font
    subtitle_rpr = subtitle.element.get_or_add_rPr()
    for tag in ("w:spacing", "w:rFonts"):
        element = subtitle_rpr.find(qn(tag))
        if element is not None:
            subtitle_rpr.remove(element)
    subtitle.font.name = font
    subtitle.font.color.rgb = RGBColor.from_string("595959")
    title = doc.styles["Title"]
    ppr = title.element.get_or_add_pPr()
    border = ppr.find(qn("w:pBdr"))
    if border is not None:
        ppr.remove(border)


def paragraph_style(doc, name: str, *, bold=False, italic=False, size=None, indent_cm=None,
                    keep_next=False, base="Normal", space_before=None, color=None):
    style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.base_style = doc.styles[base]
    style.quick_style = True
    font = style.font
    font.bold, font.italic = bold or None, italic or None
    if size:
        font.size = Pt(size)
    if color:
        font.color.rgb = RGBColor.from_string(color)
    fmt = style.paragraph_format
    if indent_cm is not None:
        fmt.left_indent = Cm(indent_cm)
    if space_before is not None:
        fmt.space_before = Pt(space_before)
    fmt.keep_with_next = keep_next or None
    return style


def _footnote_styles(doc) -> None:
    text = doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
    text.base_style = doc.styles["Normal"]
    text.font.size = Pt(8)
    text.paragraph_format.space_after = Pt(0)
    ref = doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
    ref.font.superscript = True


def add_footnotes_part(doc, loop_xml: str) -> None:
    """A footnotes part with the two separators and a Jinja loop for the document's notes."""
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:separator/></w:r></w:p></w:footnote>"
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>'
        "<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
        f"{loop_xml}</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)


def footnote_loop(items: str = "voetnoten") -> str:
    return (
        f"{{% for v in {items} %}}"
        '<w:footnote w:id="{{ v.id }}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> {{ v.tekst }}</w:t></w:r></w:p></w:footnote>'
        "{% endfor %}"
    )


def add_field(paragraph, instruction: str, placeholder: str = "1") -> None:
    """A Word field (PAGE, NUMPAGES) that Word and LibreOffice fill in."""
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instruction} </w:instrText>'))
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    paragraph.add_run(placeholder)
    run = paragraph.add_run()
    run._r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def page_footer(doc, left: str) -> None:
    """Footer: a left text and "pagina X/Y" on the right (the letter frame's "3/3")."""
    footer = doc.sections[0].footer
    para = footer.paragraphs[0]
    para.style = doc.styles["Footer"]
    para.text = ""
    para.add_run(left)
    para.add_run("\t")
    add_field(para, "PAGE")
    para.add_run("/")
    add_field(para, "NUMPAGES")
    from docx.enum.text import WD_TAB_ALIGNMENT
    doc.styles["Footer"].paragraph_format.tab_stops.clear_all()  # LibreOffice keeps a style's stops
    tabs = para.paragraph_format.tab_stops
    tabs.clear_all()
    tabs.add_tab_stop(text_width(doc), WD_TAB_ALIGNMENT.RIGHT)
    for run in para.runs:
        run.font.size = Pt(8)


def text_width(doc):
    """Between the margins: where a right tab puts the page number at the right margin."""
    section = doc.sections[-1]
    return section.page_width - section.left_margin - section.right_margin


def right_aligned(paragraph):
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    return paragraph


def table_borders(table, color: str = "A6A6A6") -> None:
    tbl_pr = table._tbl.tblPr
    tbl_pr.insert_element_before(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>'
        + "".join(f'<w:{side} w:val="single" w:sz="4" w:space="0" w:color="{color}"/>'
                  for side in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"),
        "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption", "w:tblDescription")


def caption(table, text: str) -> None:
    """The table's title for a screen reader (Word: Alternatieve tekst, Titel); the last child of tblPr
    but tblDescription. A table without one gets the paragraph before it (generator/word/tables.py)."""
    table._tbl.tblPr.insert_element_before(parse_xml(f'<w:tblCaption {nsdecls("w")} w:val="{text}"/>'),
                                           "w:tblDescription", "w:tblPrChange")


def repeat_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    tr_pr.insert_element_before(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'),
                                "w:tblCellSpacing", "w:jc", "w:hidden", "w:ins", "w:del", "w:trPrChange")


def drop_legacy_parts(doc) -> None:
    """python-docx's default template carries stylesWithEffects.xml, a Word 2010 leftover that goes
    stale as soon as styles change (the OOXML validator reports it); Word does not need it."""
    for rid, rel in list(doc.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            doc.part.drop_rel(rid)


def set_properties(doc, title: str) -> None:
    props = doc.core_properties
    props.title, props.author, props.language = title, "raadsstukken", "nl-NL"
    props.comments = "Sjabloon van raadsstukken; de velden tussen accolades worden bij het bouwen ingevuld."
    import datetime as dt
    props.created = props.modified = dt.datetime(2026, 1, 1)
    props.last_modified_by = "raadsstukken"
    props.revision = 1
    drop_legacy_parts(doc)
