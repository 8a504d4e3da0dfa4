import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, onTestFailed } from "vitest";
import { chromium, type Browser, type Locator, type Page } from "playwright-core";
import { buildIfStale } from "@pa/console/build";
import type { Identity } from "@pa/service-kit";
import { T1, T2, TEST_AUTH, testDialects } from "@pa/testing";
import { startSystem, type System } from "./system";

/**
 * What the console's browser specs share: the real system with the console's build behind the
 * gateway, Debian's Chromium, sign-in through the sign-in page by clicks, and waits that carry their
 * own evidence when they fail (CI keeps only the end of the run's output: a failure's message says
 * what the page and the subgraphs said).
 */
const ROOT = resolve(import.meta.dirname, "../..");
const CONSOLE_DIST = join(ROOT, "packages/console/dist");
export const SHOTS = join(ROOT, ".data/screenshots");
const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";
/** One dialect (the first of TEST_DIALECTS): the browser proves the console, the per-dialect suites the services. */
export const dialect = testDialects()[0] ?? "sqlite";
/** The shared 2-core machine: a modal's first render or a save can take seconds under load. */
const ACTION_TIMEOUT_MS = 60_000;

export interface ConsoleUnderTest {
  fed: System;
  /** The gateway's origin: the console at `/`. */
  base: string;
  /** A fresh tab (its own sessionStorage) signed in as `unit`/`role` (and townships) by clicks. */
  signIn(unit: string, role: string, townships?: string[]): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts the system (every subgraph of infra/services.json, NATS, fresh databases, the gateway
 * serving the console's build) with the test townships 东山镇 (T1, concentrated) and 西湖街道 (T2),
 * and launches Chromium.
 */
export async function startConsole(opts: { user: Identity }): Promise<ConsoleUnderTest> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}: install Debian's package (apt-get install -y chromium); npm test does.`,
    );
  }
  buildIfStale((line) => console.warn(line));
  mkdirSync(SHOTS, { recursive: true });
  const fed = await startSystem({
    dialect,
    user: opts.user,
    gateway: {
      consoleDir: CONSOLE_DIST,
      devToken: {
        secret: TEST_AUTH.JWT_SECRET,
        issuer: TEST_AUTH.JWT_ISSUER,
        audience: TEST_AUTH.JWT_AUDIENCE,
      },
    },
  });
  let browser: Browser | undefined;
  try {
    for (const [code, name, concentrated] of [
      [T1, "东山镇", true],
      [T2, "西湖街道", false],
    ] as const) {
      await fed.ok(`mutation($i: SaveTownshipInput!) { saveTownship(input: $i) { code } }`, {
        i: { code, name, concentrated },
      });
    }
    // Playwright gives each launch a fresh temporary profile (it refuses a --user-data-dir argument).
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  } catch (e) {
    await browser?.close();
    await fed.close();
    throw e;
  }
  const launched = browser;
  const base = fed.origin;

  async function signIn(unit: string, role: string, townships: string[] = []): Promise<Page> {
    const context = await launched.newContext({ viewport: { width: 1280, height: 720 }, locale: "zh-CN" });
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    const page = await context.newPage();
    watch(page);
    onTestFailed(async () => {
      await page
        .screenshot({ path: join(SHOTS, `failed-${Date.now()}.png`), timeout: 10_000 })
        .catch(() => undefined);
      console.warn(`[subgraphs' recent errors]\n${fed.recentErrors()}`);
    });
    await page.goto(`${base}/`);
    await page.getByText("开发环境登录").waitFor();
    // The unit's select: on a loaded machine a click can land while its list is still opening,
    // and the list then stays open over the role buttons. Try again until the unit is chosen and
    // the list has closed.
    const unitSelect = page.getByTestId("signin-unit");
    for (let attempt = 1; ; attempt++) {
      await unitSelect.click();
      await page.locator(`.ant-select-item-option[title="${unit}"]`).click();
      const openList = page.locator(".ant-select-dropdown:not(.ant-select-dropdown-hidden)");
      const closed = await openList
        .waitFor({ state: "hidden", timeout: 5000 })
        .then(() => true)
        .catch(() => false);
      if (!closed) await page.keyboard.press("Escape");
      if ((await unitSelect.textContent())?.includes(unit) && (closed || (await openList.count()) === 0))
        break;
      if (attempt === 3) throw new Error(`sign-in: the unit ${unit} could not be chosen`);
    }
    await page.locator("label.ant-radio-button-wrapper", { hasText: role }).click();
    if (townships.length > 0) {
      await page.getByTestId("signin-townships").click();
      for (const t of townships) await page.locator(".ant-select-item-option", { hasText: t }).click();
      await page.keyboard.press("Escape");
    }
    await page
      .getByRole("button", { name: "登 录" })
      .or(page.getByRole("button", { name: "登录" }))
      .click();
    await page.getByTestId("whoami").waitFor();
    return page;
  }

  return {
    fed,
    base,
    signIn,
    close: async () => {
      await launched.close();
      await fed.close();
    },
  };
}

/** The page's last words, kept per page for a failing wait's message. */
const said = new WeakMap<Page, string[]>();

/** Records the page's own errors and the graph's error answers (and prints them as they come). */
function watch(page: Page): void {
  const lines: string[] = [];
  said.set(page, lines);
  const keep = (line: string) => {
    console.warn(line);
    lines.push(line);
    if (lines.length > 20) lines.shift();
  };
  page.on("pageerror", (e) => keep(`[page] ${e.message}`));
  page.on("response", (r) => {
    if (!r.url().endsWith("/graphql")) return;
    r.json()
      .then((b: { errors?: unknown[] }) => {
        if (b.errors) keep(`[graphql] ${JSON.stringify(b.errors).slice(0, 600)}`);
      })
      .catch(() => undefined);
  });
}

function evidence(page: Page): string {
  const lines = said.get(page) ?? [];
  return lines.length ? `\nthe page saw:\n${lines.join("\n")}` : "";
}

/** A screenshot for review under .data/screenshots (after antd's animations). */
export async function shot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

/**
 * Reloads until `text` shows. Events travel over NATS: seconds normally, but a reaction that failed
 * under load is retried after the consumer's backoff (1 s, 5 s, 30 s), hence the long default.
 */
export async function reloadUntil(
  page: Page,
  text: string,
  opts: { timeoutMs?: number; fed?: System } = {},
): Promise<void> {
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (
      await page
        .getByText(text)
        .first()
        .isVisible()
        .catch(() => false)
    )
      return;
    if (Date.now() > deadline) {
      const logs = opts.fed ? `\nthe subgraphs' recent errors:\n${opts.fed.recentErrors()}` : "";
      throw new Error(`"${text}" did not show within ${timeoutMs} ms${evidence(page)}${logs}`);
    }
    await page.waitForTimeout(800);
    await page.reload();
    await page.waitForLoadState("networkidle");
  }
}

/**
 * Waits for a form's save to be confirmed by its success message; when the page shows an error
 * instead (an alert in the form, an error message), fails at once with that error's text, and on a
 * timeout says which field errors were showing.
 */
export async function saved(page: Page, success: string, timeoutMs = ACTION_TIMEOUT_MS): Promise<void> {
  const ok = page.getByText(success).first();
  const failed = page.locator(".ant-modal [role=alert], .ant-message-error").first();
  try {
    await ok.or(failed).waitFor({ timeout: timeoutMs });
  } catch (e) {
    const fields = await page
      .locator(".ant-form-item-explain-error")
      .allInnerTexts()
      .catch(() => []);
    throw new Error(
      `"${success}" did not show within ${timeoutMs} ms; field errors: ${fields.join("; ") || "none"}${evidence(page)}`,
      { cause: e },
    );
  }
  if (!(await ok.isVisible().catch(() => false)) && (await failed.isVisible().catch(() => false))) {
    throw new Error(`expected "${success}", the page said: ${await failed.innerText()}${evidence(page)}`);
  }
}

/**
 * Sets a checkbox (found by its label) and checks that it holds: under load a click can land while
 * the modal around it is still zooming in, and Playwright then reports "clicking the checkbox did
 * not change its state" (a CI run at load 20). Tried again, up to three times.
 */
export async function setChecked(box: Locator, checked: boolean): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      await box.setChecked(checked, { timeout: 5_000 });
      if ((await box.isChecked()) === checked) return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
    await box.page().waitForTimeout(300);
  }
  throw new Error(`the checkbox is still ${checked ? "unchecked" : "checked"} after 3 tries`);
}

/**
 * Closes the open modal with its cancel button and waits until it is gone. Under load a click can
 * land while the modal is still zooming in and close nothing (a CI run waited 10 s on a modal that
 * stayed open): the click is tried again, up to three times.
 */
export async function cancelModal(page: Page): Promise<void> {
  const open = page.locator(".ant-modal-wrap:visible");
  const cancel = open.getByRole("button", { name: "取 消" }).or(open.getByRole("button", { name: "取消" }));
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      await cancel.click({ timeout: 5_000 });
    } catch (e) {
      if ((await open.count()) === 0) return;
      if (attempt === 3) throw e;
    }
    try {
      await expect.poll(() => open.count(), { timeout: 3_000 }).toBe(0);
      return;
    } catch (e) {
      if (attempt === 3) throw e;
    }
  }
}

/**
 * Clicks the open modal's `button` and waits until `form` is gone. Under load a click can land
 * while the modal is still zooming in and submit nothing (a CI run waited 60 s on a pension step
 * whose form was filled and valid): when the form is still there, shows no problem and is not
 * saving, the click is tried again.
 */
export async function submitModal(
  page: Page,
  form: Locator,
  button: string,
  timeoutMs = ACTION_TIMEOUT_MS,
): Promise<void> {
  const submit = page.locator(".ant-modal-wrap:visible").getByRole("button", { name: button });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    await submit.click({ timeout: 10_000 });
    for (;;) {
      try {
        await form.waitFor({ state: "detached", timeout: 5_000 });
        return;
      } catch (e) {
        if (Date.now() > deadline) throw e;
        const problems = await page
          .locator(".ant-modal-wrap:visible")
          .locator(".ant-form-item-explain-error, [role=alert]")
          .count();
        if (problems > 0) throw e;
        // Saving: the button shows its spinner until the answer comes; wait on.
        const saving = await submit
          .evaluate((el) => el.classList.contains("ant-btn-loading"))
          .catch(() => false);
        if (!saving) break;
      }
    }
  }
}

/**
 * Chooses `option` in the select labelled `label` inside `scope` (antd renders options in a
 * portal) and waits until the select shows it. Under load a click can land while the dropdown is
 * still re-rendering (its options arriving, the popup re-aligning) and choose nothing, which only
 * showed later as "请填写…" at submit: the choice is checked and tried again, up to three times.
 */
export async function pick(
  page: Page,
  scope: Locator,
  label: string,
  option: string,
  search?: string,
): Promise<void> {
  const field = scope.getByLabel(label, { exact: true });
  // The select's root (antd puts the label's target on its search input, or on the root itself).
  const select = field.locator(
    "xpath=ancestor-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' ant-select ')][1]",
  );
  const chosen = async () => ((await select.innerText().catch(() => "")) || "").includes(option);
  for (let attempt = 1; ; attempt++) {
    // A click that chose nothing may have left this select open: clicking the field would close it.
    if ((await field.getAttribute("aria-expanded").catch(() => null)) !== "true") await field.click();
    // A multiple select stays open after a pick, still filtered by the last search.
    if (search) await field.fill(search);
    // This select's own dropdown (its input names its option list), not another one still
    // fading out after the previous pick.
    const list = await field.getAttribute("aria-controls").catch(() => null);
    const dropdown = list
      ? page.locator(".ant-select-dropdown:visible", { has: page.locator(`[id="${list}"]`) })
      : page.locator(".ant-select-dropdown:visible");
    await dropdown.locator(".ant-select-item-option", { hasText: option }).first().click();
    const deadline = Date.now() + 5_000;
    while (!(await chosen()) && Date.now() < deadline) await page.waitForTimeout(200);
    if (await chosen()) return;
    if (attempt >= 3) {
      throw new Error(
        `"${option}" was clicked in the select "${label}" ${attempt} times and did not stay chosen; ` +
          `it shows "${await select.innerText().catch(() => "?")}"${evidence(page)}`,
      );
    }
  }
}

/** The error shown at the field labelled `label` of `form`. */
export const fieldError = (page: Page, form: Locator, label: string): Locator =>
  form
    .locator(".ant-form-item", { has: page.getByLabel(label, { exact: true }) })
    .locator(".ant-form-item-explain-error");

/**
 * Waits until the field labelled `label` of `form` shows an error containing `text` (the server's
 * refusal put at the field, or the form's own rule). On a timeout it says what the form showed
 * instead — every field error, the form's alert, whether the dialog was still open — and what the
 * page saw from the graph, so a failure under load names its cause.
 */
export async function showsFieldError(
  page: Page,
  form: Locator,
  label: string,
  text: string,
  timeoutMs = ACTION_TIMEOUT_MS,
): Promise<void> {
  try {
    await fieldError(page, form, label).getByText(text).first().waitFor({ timeout: timeoutMs });
  } catch (e) {
    const fields = await page
      .locator(".ant-form-item-explain-error")
      .allInnerTexts()
      .catch(() => []);
    const alerts = await page
      .locator(".ant-modal [role=alert], .ant-message-notice")
      .allInnerTexts()
      .catch(() => []);
    const open = await form.isVisible().catch(() => false);
    throw new Error(
      `the field "${label}" did not show "${text}" within ${timeoutMs} ms; the form is ${open ? "open" : "gone"}; ` +
        `field errors: ${fields.join("; ") || "none"}; alerts: ${alerts.join("; ") || "none"}${evidence(page)}`,
      { cause: e },
    );
  }
}

/** The figure of the statistic card `testId`, without spaces. */
export const figure = async (page: Page, testId: string): Promise<string> =>
  (await page.getByTestId(testId).locator(".ant-statistic-content").innerText()).replace(/\s/g, "");

/**
 * No layout break at 1280×720: nothing wider than the window, measured once every modal has
 * finished closing (antd's zoom-out animation is briefly wider than the page).
 */
export async function fitsTheWindow(page: Page): Promise<void> {
  await expect
    .poll(() => page.locator(".ant-modal-wrap:visible, .ant-zoom-leave, .ant-zoom-appear").count(), {
      timeout: 10_000,
    })
    .toBe(0);
  await expect
    .poll(() => page.evaluate<number>("document.documentElement.scrollWidth"), { timeout: 5_000 })
    .toBeLessThanOrEqual(1280);
}
