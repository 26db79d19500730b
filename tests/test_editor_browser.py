"""The editor in a real browser: Debian's chromium driven by Selenium through chromedriver.

A person who has never seen YAML makes the Zwolle motie of seed 000 from a project without any
document, sees a validation message on the way, saves, builds, downloads, and gets the .docx that
`raadsstukken build` makes of the sample file; then imports a draft. Skipped only where chromium
or chromedriver is not installed (on CI, which installs them, a missing browser fails the test).
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path
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


@pytest.fixture
def editor(empty_project: Path) -> Iterator[str]:
    sock = listening_socket(0)
    server, gate = server_for(empty_project, sock)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    yield gate.url()
    server.should_exit = True
    thread.join(10)
    sock.close()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    chromium, driver_path = _browser()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'profiel'}", "--window-size=1400,1000", "--lang=nl-NL"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads), "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads  # type: ignore[attr-defined]
    try:
        yield driver
    finally:
        driver.quit()


class Person:
    """What a person does on the page: choose, type, click, wait for what the page shows."""

    def __init__(self, driver: object, started: float) -> None:
        from selenium.webdriver.common.by import By
        from selenium.webdriver.support.ui import WebDriverWait

        self.driver, self.by, self.started = driver, By, started
        self.wait = WebDriverWait(driver, WAIT)

    def find(self, css: str) -> object:
        return self.wait.until(lambda d: d.find_element(self.by.CSS_SELECTOR, css))

    def type(self, name: str, text: str) -> None:
        field = self.find(f'[name="{name}"]')
        field.clear()
        field.send_keys(text)

    def click(self, css: str) -> None:
        self.find(css).click()

    def add(self, loc: str) -> None:
        self.click(f'button.erbij[data-voor="{loc}"]')

    def choose(self, name: str, value: str) -> None:
        self.choose_in(f'select[name="{name}"]', value)

    def choose_in(self, css: str, value: str) -> None:
        from selenium.webdriver.support.ui import Select

        Select(self.find(css)).select_by_value(value)

    def pick_date(self, name: str, value: str) -> None:
        """The date picker's value as the picker sets it (its typing order depends on the locale)."""
        field = self.find(f'input[type=date][name="{name}"]')
        self.driver.execute_script(  # type: ignore[attr-defined]
            "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));", field, value)

    def sees(self, css: str, text: str = "") -> object:
        from selenium.common.exceptions import TimeoutException

        assert time.monotonic() - self.started < BUDGET, "het browserscenario duurt langer dan zijn budget"
        try:
            return self.wait.until(lambda d: next((e for e in d.find_elements(self.by.CSS_SELECTOR, css) if text in e.text), False))
        except TimeoutException:
            shown = self.driver.find_element(self.by.TAG_NAME, "body").text  # type: ignore[attr-defined]
            pytest.fail(f"niet gezien: {css} met {text!r}; de pagina toont:\n{shown[:3000]}")


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

    person.choose("gemeente", "zwolle")
    person.choose("concept", "ja")  # the sample stays a concept: its source names no indieners
    person.type("titel", sample["titel"])
    person.pick_date("vergadering", "2019-07-08")
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


def test_a_draft_imported_in_the_browser_opens_in_the_form(editor: str, browser: object, empty_project: Path) -> None:
    person = Person(browser, time.monotonic())
    browser.get(editor)  # type: ignore[attr-defined]
    person.find("#importbestand").send_keys(str(REPO / "tests" / "import_corpus" / "amsterdam_formulier.txt"))
    person.click("#importeer")
    person.sees("#kop")
    assert "/bewerk?pad=data/moties/2023-03-08-" in unquote(browser.current_url)  # type: ignore[attr-defined]
    person.sees("#notities", "geïmporteerd uit amsterdam_formulier.txt")
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
