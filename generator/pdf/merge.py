"""Merging PDFs without losing what PDF/A and PDF/UA need: the structure tree, the XMP, the intents.

pypdf's merge dropped the tags. Here every page comes across with pikepdf, each document's structure
elements are hung under one StructTreeRoot, its ParentTree keys are shifted past the previous
document's (and the pages' /StructParents and annotations' /StructParent with them), each document
gets a bookmark with its own bookmarks below, and the page labels run on. The XMP, the OutputIntent
and /Lang come from the first document; the title is the bundle's. Runs in a sandboxed process (the
inputs may be PDFs we did not make); the result is checked against pdf/conformance.py there too.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from generator.messages import library
from generator.pdf.convert import limit_memory


def merge_main() -> None:
    """Entry of the sandboxed merge process: one JSON job on stdin, one JSON answer line out."""
    limit_memory()
    print(json.dumps(_guarded(json.load(sys.stdin))), flush=True)


def count_main() -> None:
    """Entry of the sandboxed page count: a JSON list with one path in, one answer line out."""
    limit_memory()
    try:
        import pikepdf

        with pikepdf.open(json.load(sys.stdin)[0]) as pdf:
            answer: dict = {"pages": len(pdf.pages)}
    except Exception as exc:  # a foreign PDF may break pikepdf in any way
        answer = {"error": f"de PDF is onleesbaar: {library(exc)}"}
    print(json.dumps(answer), flush=True)


def _guarded(job: dict) -> dict:
    try:
        return merge(job)
    except MemoryError:
        return {"error": "een PDF vraagt te veel geheugen om te lezen"}
    except Exception as exc:  # a foreign PDF may break pikepdf in any way; the user gets its name
        return {"error": f"{job.get('current', '?')}: de PDF is onleesbaar: {library(exc)}"}


def merge(job: dict) -> dict:
    import pikepdf

    out = pikepdf.new()
    state: dict[str, Any] = {"nums": [], "kids": [], "next": 0, "roles": {}, "marks": []}
    sources = []
    for path, title in zip(job["pdfs"], job["titles"], strict=True):
        job["current"] = Path(path).name
        source = pikepdf.open(path)
        sources.append(source)
        if source.is_encrypted:
            return {"error": f"{Path(path).name}: de PDF is versleuteld"}
        if len(source.pages) == 0:
            return {"error": f"{Path(path).name}: de PDF heeft geen pagina's"}
        _append(out, source, title or _title(source) or Path(path).stem, state)
    _finish(out, sources[0], state, job.get("title"))
    out.save(job["output"], deterministic_id=True)
    from generator.pdf.conformance import problems

    return {"pages": len(out.pages), "problems": problems(Path(job["output"]))}


def _copy(out: Any, obj: Any) -> Any:
    """obj brought into out: indirect objects by pikepdf (once per object), direct ones taken apart."""
    import pikepdf

    if isinstance(obj, pikepdf.Object) and obj.is_indirect:
        return out.copy_foreign(obj)
    if isinstance(obj, pikepdf.Array):
        return pikepdf.Array([_copy(out, item) for item in obj])
    if isinstance(obj, pikepdf.Dictionary):
        return pikepdf.Dictionary({key: _copy(out, value) for key, value in obj.items()})
    return obj


def _title(source: Any) -> str:
    return str(source.docinfo.get("/Title", "")) if source.docinfo is not None else ""


def _append(out: Any, source: Any, title: str, state: dict[str, Any]) -> None:
    import pikepdf

    first = len(out.pages)
    for page in source.pages:
        out.pages.append(page)
    offset = state["next"]
    tree = source.Root.get("/StructTreeRoot")
    if tree is not None:
        highest = -1
        for key, value in _numbers(tree.get("/ParentTree")):
            state["nums"].append((key + offset, _copy(out, value)))
            highest = max(highest, key)
        kids = tree.get("/K")
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []):
            state["kids"].append(_copy(out, kid))
        for name, role in tree.get("/RoleMap", {}).items():
            state["roles"].setdefault(name, role)
        for page in out.pages[first:]:
            _shift(page.obj, offset)
        state["next"] = offset + max(highest + 1, int(tree.get("/ParentTreeNextKey", 0)))
    state["marks"].append((title, first, _outline(source)))


def _shift(page: Any, offset: int) -> None:
    if "/StructParents" in page:
        page.StructParents = int(page.StructParents) + offset
    for annotation in page.get("/Annots", []):
        if "/StructParent" in annotation:
            annotation.StructParent = int(annotation.StructParent) + offset


def _numbers(node: Any) -> list[tuple[int, Any]]:
    """A number tree's pairs, leaves and kids alike."""
    if node is None:
        return []
    found = []
    nums = node.get("/Nums", [])
    for index in range(0, len(nums) - 1, 2):
        found.append((int(nums[index]), nums[index + 1]))
    for kid in node.get("/Kids", []):
        found.extend(_numbers(kid))
    return found


def _outline(source: Any) -> list[tuple[str, int, list]]:
    """The source's bookmarks as (title, page index, children), for pages we can place."""
    pages = {page.objgen: index for index, page in enumerate(source.pages)}

    def walk(items: Any) -> list[tuple[str, int, list]]:
        found = []
        for item in items:
            target = item.destination
            page = target[0] if target is not None and len(target) else None
            index = pages.get(page.objgen) if page is not None and hasattr(page, "objgen") else None
            if index is not None:
                found.append((str(item.title), index, walk(item.children)))
        return found

    with source.open_outline() as outline:
        return walk(outline.root)


def _finish(out: Any, first: Any, state: dict[str, Any], title: str | None) -> None:
    import pikepdf

    root = out.Root
    tree = out.make_indirect(pikepdf.Dictionary(Type=pikepdf.Name.StructTreeRoot))
    for kid in state["kids"]:
        if isinstance(kid, pikepdf.Dictionary):
            kid.P = tree
    nums = pikepdf.Array()
    for key, value in sorted(state["nums"], key=lambda pair: pair[0]):
        nums.extend([key, value])
    tree.K = pikepdf.Array(state["kids"])
    tree.ParentTree = out.make_indirect(pikepdf.Dictionary(Nums=nums))
    tree.ParentTreeNextKey = state["next"]
    if state["roles"]:
        tree.RoleMap = pikepdf.Dictionary(state["roles"])
    root.StructTreeRoot = tree
    root.MarkInfo = pikepdf.Dictionary(Marked=True)
    root.PageLabels = pikepdf.Dictionary(Nums=[0, pikepdf.Dictionary(S=pikepdf.Name.D)])
    root.PageMode = pikepdf.Name.UseOutlines
    root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
    for key in ("/Lang", "/OutputIntents", "/Metadata"):
        if key in first.Root:
            root[key] = _copy(out, first.Root[key])
    with out.open_outline() as outline:
        for name, page, children in state["marks"]:
            outline.root.append(_item(name, page, children, page))
    name = title or (state["marks"][0][0] if state["marks"] else "Bundel")
    with out.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = name
    out.docinfo["/Title"] = name


def _item(title: str, page: int, children: list, base: int) -> Any:
    from pikepdf import OutlineItem

    item = OutlineItem(title, page)
    for child_title, child_page, grandchildren in children:
        item.children.append(_item(child_title, base + child_page, grandchildren, base))
    return item
