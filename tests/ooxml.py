"""The OOXML validator (openxml-audit) in this process: a fresh validator per document, as its
command line validates one file (its multi-file run reuses one validator and then reports a false
footnote error), without a Python start-up per document (2.5 s each, against 0.75 s here)."""

from __future__ import annotations

from pathlib import Path


def ooxml_errors(path: Path) -> list[str]:
    """The validator's errors for one .docx, as its command line's default (strict, Office 2019,
    at most 100 errors) reports them; empty when the document is valid."""
    from openxml_audit import OpenXmlValidator, ValidationSeverity

    result = OpenXmlValidator(max_errors=100, strict=True).validate(str(path))
    return [f"{error.description} ({error.part_uri} {error.path})"
            for error in result.errors if error.severity == ValidationSeverity.ERROR]
