"""Dutch throughout: the language a document declares is nl-NL, in every template, a huisstijl's too.

Word's spelling check, a screen reader's voice and the PDF's /Lang follow the default run language
(w:docDefaults) and, for the theme fonts, w:themeFontLang; a template made in an English Word says
en-US there. The template's parts are set to nl-NL once, when it is compiled; a run that states its
own language (a quotation in English) keeps it.
"""

from __future__ import annotations

import re

LANGUAGE = "nl-NL"
DEFAULTS = re.compile(r"<w:rPrDefault>.*?</w:rPrDefault>", re.S)
LANG = re.compile(r'(<w:lang\b[^>]*?\bw:val=")[^"]*(")')
THEME_LANG = re.compile(r'(<w:themeFontLang\b[^>]*?\bw:val=")[^"]*(")')


def in_dutch(name: str, xml: str) -> str:
    """styles.xml with nl-NL as the default run language, settings.xml with nl-NL theme fonts."""
    if name == "word/settings.xml":
        return THEME_LANG.sub(rf"\g<1>{LANGUAGE}\g<2>", xml)
    if name != "word/styles.xml":
        return xml
    defaults = DEFAULTS.search(xml)
    if defaults is None:
        return xml
    block = defaults.group()
    if LANG.search(block):
        block = LANG.sub(rf"\g<1>{LANGUAGE}\g<2>", block, count=1)
    elif "</w:rPr>" in block:  # w:lang comes late in w:rPr: before these three only
        at = re.search(r"<w:(?:eastAsianLayout|specVanish|oMath)\b|</w:rPr>", block)
        assert at is not None
        block = block[: at.start()] + f'<w:lang w:val="{LANGUAGE}"/>' + block[at.start():]
    else:
        block = block.replace("<w:rPrDefault>", f'<w:rPrDefault><w:rPr><w:lang w:val="{LANGUAGE}"/></w:rPr>', 1)
    return xml[: defaults.start()] + block + xml[defaults.end():]
