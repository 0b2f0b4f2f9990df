"""The clinician dashboard in a real browser: Debian's Chromium, headless, against the real
imr-clinic binary started by scripts/browser-test.sh (which passes the addresses and logins
in the environment).

Two clinics are driven:
- `serve` mode: the admin made by `create-admin` logs in with password and a TOTP code this
  test computes from the printed secret (RFC 6238, as an authenticator app would), creates a
  participant, enrolls a phone with the one-time code over the device API, assigns homework
  through the form and finds it both on the page and in the phone's pull.
- `demo` mode: the demo clinician logs in without a second factor; the caseload lists the
  red participant first and is sorted red, amber, unknown, green; the participant page has
  inline SVG charts, the level and its reasons; homework assigned through the form shows up;
  the language switch turns the dashboard Norwegian.

Expected texts are read from imr-content's dashboard.ftl files, never typed in here. A
screenshot of every page goes to build/browser/.
"""

import base64
import hashlib
import hmac
import json
import os
import struct
import sys
import tempfile
import time
import unittest
import urllib.request
import uuid
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("IMR_SCREENSHOTS", ROOT / "build" / "browser"))
LEVEL_ORDER = ["red", "amber", "unknown", "green"]


def dashboard_texts(locale):
    """The `dash-*` messages of one language (single-line messages are all we look up)."""
    texts = {}
    path = ROOT / "core" / "content" / "locales" / locale / "dashboard.ftl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("dash-") and " = " in line:
            key, value = line.split(" = ", 1)
            texts[key.strip()[len("dash-") :]] = value.strip()
    return texts


EN, NB = dashboard_texts("en"), dashboard_texts("nb")


def totp_now(secret_b32, at=None):
    """The 6-digit TOTP code (SHA-1, 30 s steps) an authenticator app shows for the secret."""
    key = base64.b32decode(secret_b32 + "=" * (-len(secret_b32) % 8), casefold=True)
    step = int((time.time() if at is None else at) // 30)
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    number = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{number % 1_000_000:06d}"


def api(base, method, path, body=None, token=None):
    """One JSON request to the device API; returns (status, parsed body)."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method=method)
    req.add_header("Content-Type", "application/json")
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=20) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read() or b"null")


def chromium():
    """Debian's Chromium, headless, with a throwaway profile, driven by Debian's chromedriver."""
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,1800",
        "--lang=en-GB",
        f"--user-data-dir={tempfile.mkdtemp(prefix='imr-chromium-')}",
    ]:
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"intl.accept_languages": "en-GB,en"})
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


class Dashboard(unittest.TestCase):
    """Shared steps: each test gets its own browser (own cookies)."""

    def setUp(self):
        SHOTS.mkdir(parents=True, exist_ok=True)
        self.browser = chromium()
        self.browser.implicitly_wait(2)

    def tearDown(self):
        self.browser.quit()

    def shot(self, name):
        self.browser.save_screenshot(str(SHOTS / f"{name}.png"))

    def find(self, css):
        return self.browser.find_element(By.CSS_SELECTOR, css)

    def find_all(self, css):
        return self.browser.find_elements(By.CSS_SELECTOR, css)

    def h1(self):
        return self.find("main h1").text

    def follow(self, element):
        """Clicks a link or submit button and waits until the next page has replaced this
        one, so nothing is read from the old page while the browser is still navigating."""
        page = self.find("html")
        element.click()

        def replaced(_driver):
            # Chromium reports a replaced page either as a stale reference or as a node
            # that "does not belong to the document"; both mean the old page is gone.
            try:
                page.is_enabled()
                return False
            except WebDriverException:
                return True

        WebDriverWait(self.browser, 15).until(replaced)

    def log_in(self, base, email, password, code=None):
        self.browser.get(base + "/login")
        self.assertEqual(self.h1(), EN["login-title"])
        csrf = self.find("form[action='/login'] input[name='csrf']").get_attribute("value")
        self.assertGreaterEqual(len(csrf), 20, "the login form carries a CSRF token")
        self.find("input[name='email']").send_keys(email)
        self.find("input[name='password']").send_keys(password)
        if code is not None:
            self.find("input[name='code']").send_keys(code)
        self.follow(self.find("form[action='/login'] button[type='submit']"))

    def assign_homework(self, title, shot):
        """Opens the assign-homework form on the participant page, fills it and sends it."""
        form = self.find("form[action$='/homework']")
        token = form.find_element(By.CSS_SELECTOR, "input[name='csrf']").get_attribute("value")
        self.assertGreaterEqual(len(token), 20, "the homework form carries a CSRF token")
        self.find_homework_summary().click()
        form.find_element(By.NAME, "title").send_keys(title)
        form.find_element(By.NAME, "description").send_keys("Write down three early signs.")
        self.shot(shot)
        self.follow(form.find_element(By.CSS_SELECTOR, "button[type='submit']"))

    def find_homework_summary(self):
        for summary in self.find_all("details > summary"):
            if summary.text == EN["action-assign-homework"]:
                return summary
        self.fail("no assign-homework form on the participant page")

    def homework_rows(self):
        for section in self.find_all("main section"):
            if section.find_element(By.TAG_NAME, "h2").text == EN["section-homework"]:
                return [r.text for r in section.find_elements(By.CSS_SELECTOR, "table tr")]
        self.fail("no homework section on the participant page")


class ServeMode(Dashboard):
    """A real clinic: password plus TOTP, a new participant, a paired phone."""

    base = os.environ.get("IMR_SERVE_URL", "")
    email = os.environ.get("IMR_SERVE_EMAIL", "")
    password = os.environ.get("IMR_SERVE_PASSWORD", "")
    secret = os.environ.get("IMR_SERVE_TOTP_SECRET", "")

    def test_login_needs_the_code_then_homework_reaches_the_phone(self):
        self.assertTrue(self.base and self.secret, "scripts/browser-test.sh sets IMR_SERVE_*")
        self.log_in(self.base, self.email, self.password)
        self.assertEqual(self.find("[role='alert']").text, EN["login-failed"])
        self.assertTrue(self.browser.current_url.endswith("/login"))
        self.shot("serve-login-refused-without-code")

        self.log_in(self.base, self.email, self.password, totp_now(self.secret))
        self.assertEqual(self.h1(), EN["caseload-title"])
        self.assertEqual(self.find_all(".demo"), [], "serve mode carries no demo label")
        self.shot("serve-caseload-empty")

        self.follow(self.find("nav a[href='/participants/new']"))
        self.find("input[name='pseudonym']").send_keys("B. T.")
        self.follow(self.find("form[action='/participants'] button[type='submit']"))
        code = self.find(".code").text
        self.assertTrue(self.find_all("main svg"), "the code is shown as a QR code too")
        self.shot("serve-enrollment-code")

        status, enrolled = api(
            self.base,
            "POST",
            "/api/v1/enroll",
            {"code": code, "device_id": str(uuid.uuid4()), "device_label": "Test phone"},
        )
        self.assertEqual(status, 200, enrolled)
        token = enrolled["device_token"]
        status, consent = api(
            self.base,
            "PUT",
            "/api/v1/consent",
            {"base_version": enrolled["consent"]["version"], "scopes": ["modules"]},
            token,
        )
        self.assertEqual(status, 200, consent)

        self.browser.get(self.base + "/")
        self.follow(self.find("tbody a[href^='/p/']"))
        self.assertEqual(self.h1(), "B. T.")
        self.assertIn(EN["not-shared"], self.find("main section").text)
        title = f"Mood diary {uuid.uuid4().hex[:6]}"
        self.assign_homework(title, "serve-participant-homework-form")
        self.assertTrue(any(title in row for row in self.homework_rows()))
        self.shot("serve-participant-after-homework")

        status, pulled = api(self.base, "GET", "/api/v1/sync/pull?since=0", token=token)
        self.assertEqual(status, 200, pulled)
        homework = [
            p["record"] for p in pulled["records"] if p["record"]["kind"] == "clinician_homework"
        ]
        self.assertEqual(len(homework), 1, pulled)
        self.assertEqual(homework[0]["data"]["modules"]["title"], title)


class DemoMode(Dashboard):
    """The demo clinic: one red participant among simulated ones."""

    base = os.environ.get("IMR_DEMO_URL", "")
    email = os.environ.get("IMR_DEMO_EMAIL", "")
    password = os.environ.get("IMR_DEMO_PASSWORD", "")

    def test_caseload_participant_homework_and_norwegian(self):
        self.assertTrue(self.base and self.email, "scripts/browser-test.sh sets IMR_DEMO_*")
        self.browser.get(self.base + "/login")
        self.assertEqual(self.find(".demo").text, EN["demo-banner"])
        self.shot("demo-login")
        self.log_in(self.base, self.email, self.password)
        self.assertEqual(self.h1(), EN["caseload-title"])
        self.assertEqual(self.find(".demo").text, EN["demo-banner"])

        badges = self.find_all("tbody tr .level")
        levels = [
            next(c[len("level-") :] for c in b.get_attribute("class").split() if c != "level")
            for b in badges
        ]
        self.assertGreaterEqual(len(levels), 6, "the demo has 6-10 participants")
        self.assertEqual(levels[0], "red", "the red participant comes first")
        ranks = [LEVEL_ORDER.index(level) for level in levels]
        self.assertEqual(ranks, sorted(ranks), f"caseload sorted red, amber, unknown, green: {levels}")
        self.assertEqual(badges[0].text, EN["level-red"])
        self.shot("demo-caseload")

        self.follow(self.find("tbody tr a[href^='/p/']"))
        status = self.find("main section")
        self.assertEqual(status.find_element(By.TAG_NAME, "h2").text, EN["section-status"])
        self.assertEqual(status.find_element(By.CSS_SELECTOR, ".level").text, EN["level-red"])
        reasons = [li.text for li in status.find_elements(By.CSS_SELECTOR, "ul li")]
        self.assertTrue(reasons and all(reasons), "a red level comes with its reasons")
        charts = self.find_all(".charts svg")
        self.assertGreaterEqual(len(charts), 4, "stress, mood, sleep and signs as inline SVG")
        self.assertTrue(self.find_all(".charts svg polyline, .charts svg path, .charts svg circle"))
        self.shot("demo-participant")

        title = f"Plan a calm evening {uuid.uuid4().hex[:6]}"
        self.assign_homework(title, "demo-participant-homework-form")
        rows = [row for row in self.homework_rows() if title in row]
        self.assertEqual(len(rows), 1)
        self.assertIn(EN["homework-assigned"], rows[0])
        self.shot("demo-participant-after-homework")

        Select(self.find("select[name='locale']")).select_by_value("nb")
        self.follow(self.find("form[action='/language'] button[type='submit']"))
        self.assertEqual(self.find("html").get_attribute("lang"), "nb")
        self.assertEqual(self.h1(), NB["caseload-title"])
        self.assertEqual(self.find(".demo").text, NB["demo-banner"])
        self.assertEqual(self.find("tbody tr .level").text, NB["level-red"])
        self.shot("demo-caseload-norwegian")


if __name__ == "__main__":
    sys.exit(0 if unittest.main(verbosity=2, exit=False).result.wasSuccessful() else 1)
