"""End-to-end test of `raidbot sandbox --web` in headless Chromium, driven by Selenium.

Starts the debug binary on a free loopback port, then, as a member would: creates a run as the
organizer (through the command box, its options and the dungeon autocomplete), joins as two raiders,
picks a class, opens the organizer panel, starts and pops a key while watching the public panel
update live, submits the party/location modal, and checks that bad input (an unknown command, a
too-long modal field, the bot restarting under the page) leaves the page usable. Screenshots go to
.build/browser-artifacts/. Run by scripts/browser-test.sh (part of scripts/test.sh).
"""
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ARTIFACTS = os.path.join(ROOT, ".build", "browser-artifacts")
BINARY = os.path.join(ROOT, ".build", "debug", "raidbot")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Sandbox:
    """The raidbot process serving the page; restartable on the same port."""

    def __init__(self, port):
        self.port = port
        self.process = None
        self.runs = 0

    def start(self):
        self.runs += 1
        data = os.path.join(ARTIFACTS, f"data-{self.runs}")
        shutil.rmtree(data, ignore_errors=True)
        log = open(os.path.join(ARTIFACTS, f"raidbot-{self.runs}.log"), "w")
        self.process = subprocess.Popen(
            [BINARY, "sandbox", "--web", "--port", str(self.port), "--data", data, "--tour", "docs/sandbox-tour.txt"],
            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        deadline = time.time() + 120
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"raidbot exited with {self.process.returncode}; see {log.name}")
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/web/api/state", timeout=2) as answer:
                    if answer.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.3)
        raise AssertionError("the sandbox did not come up within 120 s")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class Page:
    """The browser on the sandbox page, with waits phrased as what a member sees."""

    def __init__(self, driver):
        self.driver = driver
        # The page re-renders a message whenever it changes: a found element may go stale; look again.
        self.wait = WebDriverWait(driver, 20, ignored_exceptions=[StaleElementReferenceException])
        self.shots = 0

    def shot(self, name):
        self.shots += 1
        self.driver.save_screenshot(os.path.join(ARTIFACTS, f"{self.shots:02d}-{name}.png"))

    def until(self, condition, message):
        return self.wait.until(lambda _: condition(), message)

    def find(self, css):
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def play_as(self, name):
        Select(self.driver.find_element(By.ID, "member")).select_by_value(name)
        self.until(lambda: self.driver.execute_script("return app.memberName") == name, f"switch to {name}")

    def open_channel(self, name):
        self.click_first(f'#channels li[data-name="{name}"]', f"channel {name} opened")

    def click_first(self, css, message):
        """Clicks the first match, looking again if a re-render replaced it between find and click."""
        def clicked():
            found = self.find(css)
            if found:
                found[0].click()
            return bool(found)
        self.until(clicked, message)

    def button(self, label, scope="#messages"):
        def enabled():
            found = [b for b in self.find(f'{scope} button.component[data-label="{label}"]') if b.is_enabled()]
            return found[-1] if found else None
        return self.until(enabled, f"an enabled {label} button")

    def click(self, label, scope="#messages"):
        def clicked():
            self.button(label, scope).click()
            return True
        self.until(clicked, f"clicked {label}")

    def command(self, text):
        box = self.driver.find_element(By.ID, "commandInput")
        box.clear()
        box.send_keys(text + Keys.ENTER)

    def log_contains(self, text):
        return text in self.driver.find_element(By.ID, "log").text

    def joined(self):
        """The public panel's Raiders Joined count."""
        found = re.search(r"Raiders Joined\s*(\d+)", (self.panel() or ("", 0, ""))[2])
        return int(found.group(1)) if found else None

    def panel(self):
        """The public run panel in the open channel: its id, edit count and text (read in one go)."""
        return self.driver.execute_script("""
            const messages = [...document.querySelectorAll('#messages .msg')].reverse();
            const panel = messages.find((m) => m.querySelector('button[data-label="Join"]'));
            return panel ? [panel.dataset.id, Number(panel.dataset.edits), panel.innerText] : null;""")


def main():
    os.makedirs(ARTIFACTS, exist_ok=True)
    for old in os.listdir(ARTIFACTS):
        if old.endswith(".png"):
            os.remove(os.path.join(ARTIFACTS, old))
    sandbox = Sandbox(free_port())
    sandbox.start()
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1500,1000"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    page = Page(driver)
    try:
        run(page, sandbox)
        print("browser test: passed; screenshots in", ARTIFACTS)
    except Exception:
        page.shot("failure")
        raise
    finally:
        driver.quit()
        sandbox.stop()


def run(page, sandbox):
    driver = page.driver
    driver.get(f"http://127.0.0.1:{sandbox.port}/")
    page.until(lambda: driver.find_element(By.TAG_NAME, "body").get_attribute("data-ready") == "true", "page ready")
    page.until(lambda: driver.execute_script("return app.memberName") == "leader_lee", "playing leader_lee")

    # The organizer creates a run with the command box: /run, its options, the dungeon autocomplete.
    box = driver.find_element(By.ID, "commandInput")
    box.send_keys("/ru")
    page.click_first('#suggestions li[data-name="run"]', "/run suggested and picked")
    dungeon = page.until(lambda: page.find("#opt-dungeon"), "the dungeon option")[0]
    dungeon.send_keys("shat")
    # Each keystroke's answer replaces the choices: read them in one script, never through a held element.
    choice = page.until(lambda: driver.execute_script("""
        return [...document.querySelectorAll('#choices-dungeon option')].map((o) => o.value)
            .find((v) => /shat/i.test(v)) || null;"""), "a Shatters choice in the dungeon autocomplete")
    dungeon.clear()
    dungeon.send_keys(choice)
    page.find("#opt-party")[0].send_keys("p1")
    page.find("#opt-location")[0].send_keys("USW")
    page.shot("command-box")
    driver.find_element(By.ID, "send").click()
    page.until(lambda: page.find("#messages .msg.ephemeral"), "the organizer's ephemeral reply")
    page.shot("run-created")

    # Two raiders join; the second picks a class. The organizer's ephemeral reply is not theirs to see.
    page.play_as("raider_rin")
    page.until(lambda: page.find("#messages .msg"), "raid-commands for raider_rin")
    assert not page.find("#messages .msg.ephemeral"), "raider_rin sees the organizer's ephemeral reply"
    page.open_channel("raid-status")
    page.button("Join")
    joined = page.joined()  # the organizer is already in
    for raider in ["raider_rin", "raider_ray"]:
        page.play_as(raider)
        page.click("Join")
        joined += 1
        page.until(lambda: page.joined() == joined, f"{joined} joined on the public panel")
    def pick_priest():
        found = page.find('select[data-placeholder="Pick your class"]')
        if found:
            Select(found[-1]).select_by_visible_text("Priest")
        return bool(found)
    page.until(pick_priest, "Priest picked in the class select")
    page.until(lambda: page.log_contains("select Pick your class"), "class picked")
    page.shot("raiders-joined")

    # The organizer opens the panel, starts the run and pops a key; the public panel updates live.
    page.play_as("leader_lee")
    page.click("Organizer Panel")
    page.click("Start")
    page.button("Key popped")
    panel_id, edits, _ = page.panel()
    page.click("Key popped")
    page.until(lambda: (page.panel() or ("", 0, ""))[1] > edits, "the public panel edited live")
    assert page.panel()[0] == panel_id, "the panel was edited in place, not reposted"
    page.shot("key-popped")

    # Party/location through the modal; a too-long value is refused in the form, the page carries on.
    page.click("Set Party/Loc")
    page.until(lambda: driver.find_element(By.ID, "modal").is_displayed(), "the modal opens")
    party = page.until(lambda: page.find("#modal-party"), "the party field")[0]
    driver.execute_script("arguments[0].value = 'x'.repeat(500)", party)
    driver.find_element(By.ID, "modalSubmit").click()
    page.until(lambda: "at most" in driver.find_element(By.ID, "modalError").text, "the too-long text refused")
    page.shot("modal-too-long")
    party.clear()
    party.send_keys("p2")
    location = page.find("#modal-location")[0]
    location.clear()
    location.send_keys("EUWest")
    driver.find_element(By.ID, "modalSubmit").click()
    page.until(lambda: not driver.find_element(By.ID, "modal").is_displayed(), "the modal closes")
    page.until(lambda: "EUWest" in (page.panel() or ("", 0, ""))[2], "the location on the public panel")
    page.shot("party-location")

    # An unknown command is answered in words.
    page.command("/nosuchcommand")
    page.until(lambda: "There is no /nosuchcommand" in driver.find_element(By.ID, "toast").text, "unknown command refused")

    # The bot restarts under the page: a banner, then a reconnect to the fresh guild.
    sandbox.stop()
    page.until(lambda: "went away" in driver.find_element(By.ID, "banner").text, "the banner while the bot is down")
    page.shot("bot-down")
    sandbox.start()
    page.until(lambda: "restarted" in driver.find_element(By.ID, "banner").text
               or not driver.find_element(By.ID, "banner").is_displayed(), "reconnected after the restart")
    page.until(lambda: page.find('#channels li[data-name="raid-status"]'), "channels after the restart")

    # The guided tour plays the console's lines into the page.
    page.until(lambda: driver.find_element(By.ID, "tourLine").text.startswith("/run"), "the tour's first step")
    driver.find_element(By.ID, "tourNext").click()
    page.until(lambda: page.log_contains("> /run dungeon:SHATTERS"), "tour step 1 sent")
    page.until(lambda: page.find("#messages .msg.ephemeral"), "tour step 1 answered")
    driver.find_element(By.ID, "tourNext").click()
    page.until(lambda: driver.execute_script("return app.memberName") == "raider_rin", "tour step 2: as raider_rin")
    page.shot("tour")

    # raider_rin writes to the bot (how modmail starts); the DM pane shows it.
    page.click_first("#dms li", "the DM entry opened")
    page.command("my key did not pop")
    page.until(lambda: any("my key did not pop" in m.text for m in page.find("#messages .msg")), "the DM in the DM pane")
    page.shot("dm")


if __name__ == "__main__":
    sys.exit(main())
