"""OOXML names used in more than one place: the WordprocessingML namespace, in both spellings."""

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{" + W_NS + "}"
"""Clark notation for lxml/ElementTree tags and attributes: f"{W}p"."""
