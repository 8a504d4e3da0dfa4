// Temporary walkthrough (not committed): screenshots of the skills section on the demo city.
import { chromium } from "playwright-core";
const base = "http://127.0.0.1:4000";
const tok = async (body) => (await (await fetch(`${base}/dev/token`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) })).json()).token;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
async function visit(who, token, paths) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 }, locale: "zh-CN" });
  await ctx.addInitScript({ content: `sessionStorage.setItem("pa.console.session", ${JSON.stringify(token)})` });
  const page = await ctx.newPage();
  const errs = [];
  page.on("response", (r) => { if (r.url().endsWith("/graphql")) r.json().then((b) => b.errors && errs.push(JSON.stringify(b.errors).slice(0, 300))).catch(() => {}); });
  for (const p of paths) {
    await page.goto(`${base}${p}`);
    await page.waitForTimeout(3500);
    const name = `${who}${p.replace(/[/:]/g, "_")}`;
    await page.screenshot({ path: `/work/notes/walk/${name}.png` });
    console.log(name, errs.splice(0).join(" | ") || "no errors");
  }
  await ctx.close();
}
await visit("hr", await tok({ unit: "hr-centre", roles: ["clerk"], townships: [], name: "人力资源中心经办" }), ["/skills", "/skills/projects", "/skills/claims", "/skills/effect", "/skills/institutions"]);
await visit("tc", await tok({ unit: "township-centre", roles: ["clerk"], townships: ["990101001"], name: "镇街经办" }), ["/skills", "/skills/projects", "/skills/effect"]);
await browser.close();
