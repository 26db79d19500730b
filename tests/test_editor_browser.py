"""The editor in a real browser: Debian's chromium driven by Selenium through chromedriver.

A person who has never seen YAML makes the Zwolle motie of seed 000 from a project without any
document, sees a validation message on the way, saves, builds, downloads, and gets the .docx that
`raadsstukken build` makes of the sample file; then imports a draft. Skipped only where chromium
or chromedriver is not installed (on CI, which installs them, a missing browser fails the test).
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NoReturn
from urllib.parse import unquote

import pytest

from generator.editor.server import listening_socket, server_for
from generator.word.docxtext import document_text

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "moties" / "2019-07-08-netwerkversterking-en-familiegroepsplannen.yaml"
NAME = "2019-07-08-netwerkversterking-en-familiegroepsplannen"
BUDGET = 420.0
"""Seconds for the whole scenario on a loaded 2-core machine (LibreOffice previews run meanwhile)."""
WAIT = float(os.environ.get("RAADSSTUKKEN_BROWSER_WAIT", "90"))
POLL = 0.1
"""Seconds between looks at the page while waiting for it (Selenium's default, 0.5 s, left the family idle up to
half a second at each of its ~190 waits; each look costs chromedriver and the browser a little CPU)."""
PASTED = 30
"""Texts longer than this are pasted into their field (one input event, as a griffie pastes from the document she
has); shorter ones are typed key by key, so the form's checking under typing is what a person meets. (Pasting
everything over 12 characters saved about 4 of the browser's CPU seconds, within the noise of a loaded machine; one
run of four then failed at a verordening field under heavy load, cause not found: not kept.)"""

SEES = """
const [css, text, ms, done] = arguments;
const shown = e => text === "" || (e.checkVisibility() && e.innerText.replace(/\\s+/g, " ").includes(text));
const look = () => [...document.querySelectorAll(css)].find(shown);
const now = look();
if (now) { done(now); } else {
  const watch = new MutationObserver(() => { const it = look(); if (it) { watch.disconnect(); clearTimeout(timer); done(it); } });
  const timer = setTimeout(() => { watch.disconnect(); done(null); }, ms);
  watch.observe(document, {subtree: true, childList: true, characterData: true, attributes: true});
}
"""
"""What a person sees, waited for in the page: the first element matching `css` whose visible text holds `text`
(any one when `text` is empty), looked for again at each change of the page, else null after `ms`."""

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _browser() -> tuple[str, str]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not chromium or not driver:
        reason = "chromium en chromedriver ontbreken (apt-get install chromium chromium-driver)"
        if os.environ.get("CI") == "true":
            pytest.fail(f"op CI hoort de browser er te zijn: {reason}")
        pytest.skip(reason)
    return chromium, driver


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    """The gemeente profiles (the register the form offers), and no document at all."""
    root = tmp_path / "project"
    shutil.copytree(REPO / "data" / "gemeenten", root / "data" / "gemeenten")
    return root


@pytest.fixture(scope="module")
def office() -> Iterator[Any]:
    """One LibreOffice, kept running, for every editor of the family: each preview and Maak converts in it
    (the editor itself starts one per session; a start costs seconds, a conversion in it a fraction)."""
    from generator.pdf.converter import Converter

    with Converter(jobs=1, timeout=60.0) as running:
        yield running


def serve(root: Path, office: Any) -> tuple[str, Callable[[], None]]:
    sock = listening_socket(0)
    server, gate = server_for(root, sock, office=office)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)

    def stop() -> None:
        server.should_exit = True
        thread.join(10)
        sock.close()

    return gate.url(), stop


@pytest.fixture
def editor(empty_project: Path, office: Any) -> Iterator[str]:
    url, stop = serve(empty_project, office)
    yield url
    stop()


@pytest.fixture(scope="module")
def screens(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where each page's screenshot is kept (RAADSSTUKKEN_SCHERMEN on CI, which keeps it as an artefact)."""
    wanted = os.environ.get("RAADSSTUKKEN_SCHERMEN")
    folder = Path(wanted) if wanted else tmp_path_factory.mktemp("schermen")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def chromium(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    """One browser for the whole family of tests (its start is the slowest step)."""
    binary, driver_path = _browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tmp_path_factory.mktemp("chromium")
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={profile / 'profiel'}", "--window-size=1400,1000", "--lang=en-US"):
        options.add_argument(flag)  # an English browser: the editor's words and dates must not depend on it
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_script_timeout(WAIT + 10)  # Person.sees waits in the page, up to WAIT
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def browser(chromium: Any, tmp_path: Path) -> Any:
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    chromium.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    chromium.downloads = downloads
    chromium.set_window_size(1400, 1000)
    return chromium


class Person:
    """What a person does on the page: choose, type, click, wait for what the page shows."""

    def __init__(self, driver: object, started: float) -> None:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait

        self.driver, self.by, self.started = driver, By, started
        from selenium.common.exceptions import StaleElementReferenceException

        self.wait = WebDriverWait(driver, WAIT, poll_frequency=POLL,  # messages are redrawn as they come
                                  ignored_exceptions=(StaleElementReferenceException,))

    def find(self, css: str) -> Any:
        from selenium.common.exceptions import TimeoutException

        try:
            return self.wait.until(lambda d: d.find_element(self.by.CSS_SELECTOR, css))
        except TimeoutException:
            return self.missing(f"niet gevonden: {css}")

    def missing(self, what: str) -> NoReturn:
        """The test fails saying what the page says (its heading, count, messages) and which fields it has."""
        said = [e.text for e in self.driver.find_elements(self.by.CSS_SELECTOR, "h1, .telling, .melding, #bewaarstatus")]  # type: ignore[attr-defined]
        fields = self.driver.execute_script("return [...document.querySelectorAll('[name]')].map(e => e.name).join(' ')")  # type: ignore[attr-defined]
        pytest.fail(f"{what}; de pagina zegt:\n" + "\n".join(said)[:3000] + f"\nvelden: {fields}"[:2000])

    def type(self, name: str, text: str) -> None:
        """Typed once the field can take it: the form redraws after a choice or a date (a field being
        replaced is stale or, for a moment, not interactable), and a person waits for it."""
        from selenium.common.exceptions import ElementNotInteractableException, StaleElementReferenceException

        for _ in range(50):
            try:
                self._enter(self.find(f'[name="{name}"]'), text)
                return
            except (StaleElementReferenceException, ElementNotInteractableException):
                time.sleep(0.1)
        self._enter(self.find(f'[name="{name}"]'), text)  # still not usable: the error says why

    def _enter(self, field: Any, text: str) -> None:
        """Into an empty field (every form here starts empty): typed, or pasted when long (PASTED)."""
        if len(text) <= PASTED:
            field.send_keys(text)
            return
        self.driver.execute_script("arguments[0].focus()", field)  # type: ignore[attr-defined]
        self.driver.execute_cdp_cmd("Input.insertText", {"text": text})  # type: ignore[attr-defined]

    def click(self, css: str) -> None:
        from selenium.common.exceptions import ElementClickInterceptedException, StaleElementReferenceException

        for _ in range(20):  # the form redraws after some changes (a message drawn above moves the button away
            try:             # from under the pointer); then the button is found again
                target = self.find(css)
                self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", target)  # type: ignore[attr-defined]
                target.click()  # as a person scrolls: the action bar stays at the bottom of the window
                return
            except (StaleElementReferenceException, ElementClickInterceptedException):
                time.sleep(0.1)
        self.find(css).click()

    def pick(self, css: str) -> None:
        """A radio button or checkbox clicked until it shows as chosen, as a person looks: a message drawn
        above it meanwhile can move it away from under the pointer (the click then lands beside it)."""
        from selenium.common.exceptions import StaleElementReferenceException, TimeoutException
        from selenium.webdriver.support.ui import WebDriverWait

        for _ in range(5):
            self.click(css)
            try:
                WebDriverWait(self.driver, 3, poll_frequency=POLL, ignored_exceptions=(StaleElementReferenceException,)).until(
                    lambda d: d.find_element(self.by.CSS_SELECTOR, css).is_selected())
                return
            except TimeoutException:
                continue
        pytest.fail(f"niet gekozen: {css}")

    def add(self, loc: str) -> None:
        self.click(f'button.erbij[data-voor="{loc}"]')

    def choose(self, name: str, value: str) -> None:
        self.choose_in(f'select[name="{name}"]', value)

    def choose_in(self, css: str, value: str) -> None:
        from selenium.webdriver.support.ui import Select

        Select(self.find(css)).select_by_value(value)

    def date(self, name: str, shown: str) -> None:
        """A date typed as a griffie writes it, DD-MM-JJJJ, whatever the browser's language."""
        self.type(name, shown)

    def sees(self, css: str, text: str = "") -> object:
        from selenium.common.exceptions import JavascriptException

        assert time.monotonic() - self.started < BUDGET, "het browserscenario duurt langer dan zijn budget"
        deadline = time.monotonic() + WAIT
        while (left := deadline - time.monotonic()) > 0:
            try:  # one call that waits in the page, instead of a look every POLL seconds from here
                found = self.driver.execute_async_script(SEES, css, text, int(left * 1000))  # type: ignore[attr-defined]
            except JavascriptException:  # the page was left meanwhile (a save or an import opens the next one)
                time.sleep(POLL)
                continue
            if found is not None:
                return found
        return self.missing(f"niet gezien: {css} met {text!r}")


def blocks(person: Person, key: str, kop: str, punten: list[str], *, first_exists: bool) -> None:
    if not first_exists:
        person.add(key)
    person.type(f"{key}[0].kop", kop)
    for index, punt in enumerate(punten):
        if index:
            person.add(f"{key}[0].punten")
        person.type(f"{key}[0].punten[{index}]", punt)


def test_a_motie_made_in_the_browser_is_the_sample(editor: str, browser: object, empty_project: Path, tmp_path: Path) -> None:
    import yaml

    sample = yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))
    person = Person(browser, time.monotonic())
    browser.get(editor)  # type: ignore[attr-defined]
    person.sees("p.leeg", "Nog geen moties")
    person.click("#nieuw-motie")

    person.choose("orgaan", sample["gemeente"])
    person.choose("concept", "ja")  # the sample stays a concept: its source names no indieners
    person.type("titel", sample["titel"])
    person.date("vergadering", "08-07-2019")
    person.sees('.melding.fout[data-veld="verzoeken"]', "ontbreekt")  # a validation message, at its field

    blocks(person, "constateringen", sample["constateringen"]["kop"], sample["constateringen"]["punten"], first_exists=False)
    blocks(person, "overwegingen", sample["overwegingen"]["kop"], sample["overwegingen"]["punten"], first_exists=False)
    # The dictum typed in the wrong order, with one point too many: moved up, and removed.
    first, second = sample["verzoeken"]["punten"]
    blocks(person, "verzoeken", sample["verzoeken"]["kop"], [second, "dit punt moet weg", first], first_exists=True)
    person.click('[data-loc="verzoeken[0].punten[2]"] button.omhoog')
    person.click('[data-loc="verzoeken[0].punten[1]"] button.omhoog')
    person.click('[data-loc="verzoeken[0].punten[2]"] button.weg')
    person.sees('.melding.fout[data-veld="overwegingen[0].punten[2]"]', "voetnoot [^1]")  # the footnote is not there yet
    person.type("slot", sample["slot"])
    person.add("voetnoten")
    person.type("voetnoten.tekst.0", sample["voetnoten"]["1"])
    person.sees(".telling.goed", "Geen fouten gevonden.")

    person.click("#bewaar")
    person.sees("#bewaarstatus", "bewaard")
    saved = empty_project / "data" / "moties" / f"{NAME}.yaml"
    assert saved.is_file()

    person.click("#maak")
    person.sees("a.download", f"{NAME}.docx")
    person.sees("a.download", f"{NAME}.pdf")
    person.click(f'a.download[download="{NAME}.docx"]')
    downloaded = browser.downloads / f"{NAME}.docx"  # type: ignore[attr-defined]
    deadline = time.monotonic() + WAIT
    while not downloaded.is_file() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert downloaded.is_file(), "de download kwam niet aan"

    reference = _cli_build(tmp_path)
    assert document_text(downloaded.read_bytes()) == document_text(reference.read_bytes())
    assert downloaded.read_bytes() == reference.read_bytes()  # same input, same bytes

    person.sees("#paginas img.pagina")  # the preview came along the way
    browser.get(editor)  # type: ignore[attr-defined]
    person.sees("#soort-motie td", sample["titel"])


def _cli_build(tmp_path: Path) -> Path:
    from click.testing import CliRunner

    from generator.cli.main import main

    project = tmp_path / "referentie"
    shutil.copytree(REPO / "data" / "gemeenten", project / "data" / "gemeenten")
    (project / "data" / "moties").mkdir()
    shutil.copy(SAMPLE, project / "data" / "moties")
    result = CliRunner().invoke(main, ["-C", str(project), "build", str(project / "data" / "moties" / SAMPLE.name)])
    assert result.exit_code == 0, result.output
    return project / "build" / "moties" / f"{NAME}.docx"


def test_a_draft_imported_in_the_browser_opens_in_the_form(editor: str, browser: Any, empty_project: Path) -> None:
    person = Person(browser, time.monotonic())
    browser.get(editor)  # type: ignore[attr-defined]
    # A text of which the import cannot place everything (the earlier amsterdam_formulier.txt is now read whole).
    person.find("#importbestand").send_keys(str(REPO / "tests" / "import_batch3" / "amsterdam_motie_325_mindervalidefietsers.txt"))
    person.click("#importeer")
    person.sees("#kop")
    assert "/bewerk?pad=data/moties/2020-03-11-" in unquote(browser.current_url)  # type: ignore[attr-defined]
    person.sees("#notities", "geïmporteerd uit amsterdam_motie_325_mindervalidefietsers.txt")
    assert person.find('[name="orgaan"]').get_attribute("value") == "amsterdam"  # the register, no profile needed
    person.sees('.melding.waarschuwing[data-veld="niet_geplaatst"]', "tekst die de import niet kon plaatsen")
    assert person.find('[name="titel"]').get_attribute("value")
    unplaced = person.find('[name="niet_geplaatst[0]"]').get_attribute("value")
    count = len(browser.find_elements(person.by.CSS_SELECTOR, '[data-loc^="niet_geplaatst["]'))  # type: ignore[attr-defined]
    person.choose_in('[data-loc="niet_geplaatst[0]"] select.verplaats', "toelichting")  # moved where it belongs
    person.sees('[data-loc="toelichting"] textarea')
    texts = [e.get_attribute("value") for e in browser.find_elements(person.by.CSS_SELECTOR, '[data-loc="toelichting"] textarea')]  # type: ignore[attr-defined]
    assert unplaced in texts
    assert len(browser.find_elements(person.by.CSS_SELECTOR, '[data-loc^="niet_geplaatst["]')) == count - 1  # type: ignore[attr-defined]

    # Someone else changes the file meanwhile: saving says so and offers to reload; nothing is overwritten.
    pad = unquote(browser.current_url).partition("pad=")[2]  # type: ignore[attr-defined]
    path = empty_project / pad
    path.write_text("# een collega was hier\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    person.click("#bewaar")
    person.sees("#conflict", "buiten de editor gewijzigd")
    assert path.read_text(encoding="utf-8").startswith("# een collega was hier\n")
    person.click("#herlaad")
    person.sees("#notities", "een collega was hier")  # the file as it is on disk now
    leaving_unsaved_is_asked_in_dutch(person, browser)
    assert "(herzien)" not in path.read_text(encoding="utf-8")


def leaving_unsaved_is_asked_in_dutch(person: Person, browser: Any) -> None:
    """A change not yet saved, and "Naar de documenten": the editor asks in Dutch; "no" stays, "yes" leaves."""
    here = browser.current_url
    person.type("titel", " (herzien)")
    person.sees("#bewaarstatus", "niet bewaard")
    for stay in (True, False):
        person.click(".terug")
        question = person.wait.until(lambda d: d.switch_to.alert)
        assert question.text == "Er zijn wijzigingen die nog niet zijn bewaard. Toch weggaan? Dan gaan ze verloren."
        if stay:
            question.dismiss()
            assert browser.current_url == here and person.find('[name="titel"]').get_attribute("value").endswith(" (herzien)")
        else:
            question.accept()
    person.sees("h1", "Documenten")  # left: the list, the change not saved


# --- every soort, for a gemeente and a provincie, checked with axe-core ---------------------------

AXE = REPO / "tests" / "axe" / "axe.min.js"
WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


@functools.cache
def _axe_source() -> str:
    return AXE.read_text(encoding="utf-8")


def axe(driver: Any) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.1 A and AA violations on the page as it is now (run in the page, through WebDriver)."""
    driver.execute_script(_axe_source())
    return driver.execute_async_script(  # type: ignore[no-any-return]
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
        ".then(r => done(r.violations.map(v => ({id: v.id, help: v.help, nodes: v.nodes.map(n => n.target.join(' '))}))));", WCAG)


def looked_at(driver: Any, screens: Path, name: str, *, check: bool = True) -> None:
    """This page's screenshot kept and, unless told not to, no axe violation on it."""
    driver.save_screenshot(str(screens / f"{name}.png"))
    if not check:
        return
    found = axe(driver)
    assert found == [], f"{name}: {found}"


def test_axe_finds_what_it_should(browser: Any, editor: str) -> None:
    """The check is not vacuous: an unlabelled field and text without contrast are found."""
    browser.get(editor)
    browser.execute_script("document.querySelector('main').insertAdjacentHTML('beforeend', '<input type=text id=zonder><p id=vaag>vaag</p>');"
                           "Object.assign(document.getElementById('vaag').style, {color: '#bbb', background: '#fff'});")
    assert {v["id"] for v in axe(browser)} >= {"label", "color-contrast"}


FLOWS: dict[str, list[tuple[str, ...]]] = {
    "motie": [("type", "titel", "Minder regels"), ("date", "vergadering", "09-03-2026"),
              ("type", "verzoeken[0].punten[0]", "het college te vragen de regels te halveren"),
              ("open", "details.meer > summary"), ("choose", "status", "aangenomen"), ("date", "status_datum", "09-03-2026")],
    "raadsvoorstel": [("type", "onderwerp", "Regels voor de markt"), ("date", "collegedatum", "10-02-2026"),
                      ("type", "ontwerpbesluit.beslispunten[0].label", "1"),
                      ("type", "ontwerpbesluit.beslispunten[0].tekst", "de marktregels vast te stellen")],
    "amendement": [("type", "voorstel", "raadsvoorstellen/regels-voor-de-markt.yaml"),
                   ("type", "titel", "Betere marktregels"), ("date", "vergadering", "09-03-2026"),
                   ("add", "wijzigingen"), ("type", "wijzigingen[0].beslispunt", "1"),
                   ("type", "wijzigingen[0].zinsdeel", "de marktregels"), ("type", "wijzigingen[0].vervangen_door", "betere marktregels")],
    "subamendement": [("type", "amendement", "amendementen/2026-03-09-betere-marktregels.yaml"),
                      ("type", "titel", "Goede marktregels"), ("date", "vergadering", "09-03-2026"),
                      ("add", "wijzigingen"), ("type", "wijzigingen[0].wijziging", "1"), ("type", "wijzigingen[0].zinsdeel", "betere marktregels"),
                      ("type", "wijzigingen[0].vervangen_door", "goede marktregels")],
    "afdoeningsbrief": [("type", "motie", "2026-03-09-minder-regels"), ("type", "kenmerk", "2026/17"), ("date", "datum", "30-06-2026"),
                        ("add", "afdoening"), ("type", "afdoening[0].tekst", "De regels zijn gehalveerd.")],
    "beleidsplan": [("type", "titel", "Plan voor de markt"), ("add", "doelen"), ("type", "doelen[0].nummer", "1"),
                    ("type", "doelen[0].titel", "Een levendige markt")],
    "verordening": [("type", "titel", "Marktverordening"), ("type", "artikelen[0].label", "begrip"),
                    ("type", "artikelen[0].titel", "Begripsbepaling"), ("add", "artikelen[0].leden"),
                    ("type", "artikelen[0].leden[0].tekst", "In deze verordening is een markt een markt.")],
    "wijzigingsverordening": [("type", "titel", "Verordening tot wijziging van de Marktverordening"), ("type", "wijzigt", "Marktverordening"),
                              ("choose", "wijzigingen[0].een_van", "artikel_invoegen"), ("absent", "wijzigingen[0].lid_toevoegen"),
                              ("type", "wijzigingen[0].artikel_invoegen.na", "2"),
                              ("type", "wijzigingen[0].artikel_invoegen.artikel.label", "bezwaar"),
                              ("type", "wijzigingen[0].artikel_invoegen.artikel.titel", "Bezwaar"),
                              ("add", "wijzigingen[0].artikel_invoegen.artikel.leden"),
                              ("type", "wijzigingen[0].artikel_invoegen.artikel.leden[0].tekst",
                               "Tegen een besluit over een standplaats staat bezwaar open.")],
    "vergadering": [("date", "datum", "09-03-2026"), ("type", "agenda[0].nummer", "1"), ("type", "agenda[0].titel", "Opening")],
    "vragen": [("type", "onderwerp", "de wachttijden op de markt"), ("date", "ingediend", "02-03-2026"),
               ("type", "vragenstellers[0].naam", "A. de Vries"), ("type", "vragen[0]", "Hoe lang is de wachttijd voor een standplaats?")],
    "antwoordbrief": [("title", "vragen", "de wachttijden op de markt"), ("type", "kenmerk", "2026/140"), ("date", "datum", "25-03-2026"),
                      ("add", "antwoorden"), ("type", "antwoorden[0].vraag", "1"), ("type", "antwoorden[0].antwoord", "Zes weken.")],
    "raadsinformatiebrief": [("type", "kenmerk", "2026/150"), ("date", "datum", "22-06-2026"), ("type", "onderwerp", "Stand van zaken markt"),
                             ("type", "tekst[0].tekst", "Met deze brief informeren wij u over de markt.")],
}
"""What a person types into each soort's form, from an empty project (in this order: later ones refer to earlier)."""


def fill(person: Person, flow: list[tuple[str, ...]]) -> None:
    from selenium.webdriver.support.ui import Select

    for step, name, *value in flow:
        if step == "type":
            person.type(name, value[0])
        elif step == "choose":
            person.choose(name, value[0])
        elif step == "absent":  # the fields of a kind not chosen are not shown
            assert not person.driver.find_elements(person.by.CSS_SELECTOR, f'[name^="{name}"]'), name  # type: ignore[attr-defined]
        elif step == "title":  # another stuk of the project, chosen by its title
            Select(person.find(f'select[name="{name}"]')).select_by_visible_text(value[0])
        elif step == "open":
            if not person.find("details.meer").get_attribute("open"):
                person.click(name)
            person.find("details.meer[open]")
        elif step == "date":
            person.date(name, value[0])
        else:
            person.add(name)


def test_a_flow_is_written_for_every_soort_the_editor_offers() -> None:
    """No soort is left out of the browser walk: a new soort's folder without a flow here fails at once."""
    from generator.soorten.registry import BUILTIN

    assert sorted(FLOWS) == BUILTIN.names("document")


def begin(person: Person, driver: Any, orgaan: str, flow: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The first change to a new form, after which the editor checks it: the one orgaan choice the form offers
    (`orgaan`, or `gemeente` in the older models), else the flow's first step (an antwoordbrief has no orgaan
    choice: its orgaan is that of the vragen it answers). Returns the rest of the flow."""
    person.find("#formulier [name]")
    for key in ("orgaan", "gemeente"):
        if driver.find_elements(person.by.CSS_SELECTOR, f'select[name="{key}"]'):
            person.choose(key, orgaan)
            return flow
    fill(person, flow[:1])
    return flow[1:]


@pytest.mark.parametrize("orgaan", ["zwolle", "provincie-utrecht"])
def test_every_soort_is_made_in_the_browser(orgaan: str, browser: Any, empty_project: Path, screens: Path, office: Any) -> None:
    from click.testing import CliRunner
    from selenium.webdriver.common.keys import Keys

    from generator.cli.main import main
    from generator.organen.register import register
    from generator.soorten.registry import BUILTIN

    # axe on every soort's form once, for the gemeente; for the provincie on the lists only (the forms are the
    # same controls with other words, and axe on twelve more forms costs more than the suite's budget allows).
    forms_checked = orgaan == "zwolle"
    url, stop = serve(empty_project, office)
    person = Person(browser, time.monotonic())
    saved: list[str] = []
    names = {soort: BUILTIN[soort].titles_for(register().get(orgaan)) for soort in FLOWS}
    try:
        browser.get(url)
        looked_at(browser, screens, f"{orgaan}-lijst-leeg")
        base = url.partition("?")[0].rstrip("/")
        for soort, flow in FLOWS.items():
            browser.get(f"{base}/nieuw?soort={soort}")
            person.sees("#kop", "Nieuw")
            rest = begin(person, browser, orgaan, flow)
            person.sees("#kop", f"Nieuw: {names[soort][0].lower()}")  # in the orgaan's words: a provincie's Statenvoorstel
            person.sees(".telling.fout", "fout")  # what is still missing, said
            fill(person, rest)
            person.sees(".telling", "Geen fouten" if soort != "vergadering" else "geen fouten")
            person.find("#formulier input, #formulier textarea").send_keys(Keys.CONTROL, "s")  # saved from the keyboard
            person.sees("#bewaarstatus", "bewaard")
            saved.append(unquote(browser.current_url).partition("pad=")[2])
            person.sees("#paginas img.pagina")  # the preview of what was typed, made meanwhile
            person.sees("#voorbeeldstatus", " s)")  # and drawn: its time is said once its first page is there
            browser.execute_script("window.scrollTo(0, 0)")  # the heading, the orgaan and the first fields in the picture
            looked_at(browser, screens, f"{orgaan}-{soort}", check=forms_checked)  # with the preview beside the form
        browser.get(url)
        for soort in FLOWS:
            person.sees(f"#soort-{soort} td a")
            assert person.find(f"#kop-{soort}").text == names[soort][1]  # type: ignore[attr-defined]
        listed = {a.text for a in browser.find_elements(person.by.CSS_SELECTOR, "td a")}
        assert not listed & {Path(pad).stem for pad in saved}, listed  # each by its title, not by its file name
        looked_at(browser, screens, f"{orgaan}-lijst")
    finally:
        stop()
    result = CliRunner().invoke(main, ["-C", str(empty_project), "build"])
    assert result.exit_code == 0, result.output
    assert f"{len(FLOWS)} gebouwd, 0 ongewijzigd" in result.output  # one document per flow, each built
    for pad in saved:
        assert f"gebouwd: {empty_project / pad}" in result.output, (pad, result.output)


def test_a_vote_is_filled_as_a_grid_of_fracties(browser: Any, editor: str, empty_project: Path, screens: Path) -> None:
    """Fracties × voor/tegen from the profile on the meeting's date, the tally as typed, the lists filled."""
    (empty_project / "data" / "moties").mkdir(parents=True)
    shutil.copy(SAMPLE, empty_project / "data" / "moties")
    person = Person(browser, time.monotonic())
    browser.get(editor)  # the address with its token, as `raadsstukken bewerk` prints it
    person.click("#soort-motie td a")  # a file that names its orgaan the older way, `gemeente: zwolle`
    person.sees(".telling.goed", "Geen fouten gevonden.")
    assert person.find('select[name="orgaan"]').get_attribute("value") == "zwolle"
    browser.get(editor)
    person.click("#nieuw-vergadering")
    person.choose("orgaan", "zwolle")
    person.date("datum", "08-07-2019")
    person.type("agenda[0].nummer", "1")
    person.add("agenda[0].stukken")
    person.type("agenda[0].stukken[0]", f"moties/{SAMPLE.name}")
    person.add("agenda[0].stemmingen")
    person.type("agenda[0].stemmingen[0].over", f"moties/{SAMPLE.name}")
    grid = '[data-rooster="agenda[0].stemmingen[0]"]'
    person.sees(f"{grid} caption", "Stem per fractie")
    for fractie in ("Partij van het Voorbeeld", "Fictieve Lijst", "Denkbeeldige Partij"):  # 9 + 7 + 6 seats
        person.pick(f'{grid} input[aria-label="{fractie}: voor"]')
    person.pick(f'{grid} input[aria-label="Verzonnen Verbond: tegen"]')  # 5 seats
    person.sees(f"{grid} .stemtelling", "Voor: 22 · Tegen: 5 · van 39 zetels")
    assert person.find('[name="agenda[0].stemmingen[0].voor[2]"]').get_attribute("value") == "Denkbeeldige Partij"
    person.pick(f'{grid} input[aria-label="Fictieve Lijst: geen stem"]')
    person.sees(f"{grid} .stemtelling", "Voor: 15 · Tegen: 5")
    looked_at(browser, screens, "vergadering-stemrooster")
    otherwise_and_stemverklaring(person, browser, empty_project, screens, grid)
    person.choose("agenda[0].stemmingen[0].hoofdelijk", "ja")  # a hoofdelijke stemming: per member
    person.sees(f"{grid} caption", "Stem per lid")
    person.pick(f'{grid} input[aria-label="A. Voorbeeld: voor"]')
    person.sees(f"{grid} .stemtelling", "Voor: 1 · Tegen: 0")


def otherwise_and_stemverklaring(person: Person, browser: Any, root: Path, screens: Path, grid: str) -> None:
    """A member voting otherwise than the fractie, marked from the keyboard, and a fractie's stemverklaring:
    the tally follows as the model counts it (the typed uitslag agrees), and the saved file reads back as set."""
    import yaml
    from selenium.webdriver.common.keys import Keys

    from generator.loading.project import Project

    sides = {"Fictieve Lijst": "tegen", "Bedachte Burgers": "voor", "Lijst Ontwerp": "voor", "Schetspartij": "tegen", "Modelpartij": "tegen"}
    for fractie, side in sides.items():  # 4 + 3 voor, 7 + 3 + 2 tegen
        person.pick(f'{grid} input[aria-label="{fractie}: {side}"]')
    person.sees(f"{grid} .stemtelling", "Voor: 22 · Tegen: 17 · van 39 zetels")
    person.click(f'{grid} button[aria-label="leden van Partij van het Voorbeeld die anders stemden"]')
    box = person.find(f'{grid} input[type="checkbox"][name$=".A. Voorbeeld"]')
    box.send_keys(Keys.SPACE)  # by keyboard: the member stemde tegen, the fractie voor
    person.sees(f"{grid} .stemtelling", "Voor: 21 · Tegen: 18 · van 39 zetels (1 lid stemde anders dan de fractie)")
    vote = "agenda[0].stemmingen[0]"
    assert person.find(f'[name="{vote}.afwijkend[0].lid"]').get_attribute("value") == "A. Voorbeeld"
    assert person.find(f'[name="{vote}.afwijkend[0].stem"]').get_attribute("value") == "tegen"
    person.click(f'{grid} button[aria-label="stemverklaring van Verzonnen Verbond toevoegen"]')
    typed = browser.switch_to.active_element  # the new stemverklaring's text, ready to type in
    assert typed.get_attribute("name") == f"{vote}.stemverklaringen[0].tekst"
    typed.send_keys("Wij stemmen tegen: de netwerken bestaan al.")
    person.type(f"{vote}.uitslag", "21 voor, 18 tegen")  # the tally as typed: the check counts it again
    person.sees("#samenvatting .telling", "geen fouten")
    browser.execute_script("arguments[0].scrollIntoView({block: 'start'})", person.find(grid))
    looked_at(browser, screens, "vergadering-stemrooster-afwijkend")
    person.find(f'[name="{vote}.uitslag"]').send_keys(Keys.CONTROL, "s")
    person.sees("#bewaarstatus", "bewaard")
    saved = root / unquote(browser.current_url).partition("pad=")[2]
    written = yaml.safe_load(saved.read_text(encoding="utf-8"))["agenda"][0]["stemmingen"][0]
    assert written["afwijkend"] == [{"lid": "A. Voorbeeld", "stem": "tegen"}]
    assert written["stemverklaringen"] == [{"fractie": "Verzonnen Verbond", "tekst": "Wij stemmen tegen: de netwerken bestaan al."}]
    read = Project(root).load(saved).model.agenda[0].stemmingen[0]  # what the model reads is what the grid set
    assert [(a.lid, a.stem) for a in read.afwijkend] == [("A. Voorbeeld", "tegen")]
    assert [(v.fractie, v.lid, v.tekst) for v in read.stemverklaringen] == [("Verzonnen Verbond", None, written["stemverklaringen"][0]["tekst"])]
