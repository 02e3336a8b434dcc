// pa11y with HTML_CodeSniffer (WCAG 2 AA) over each address given, in one
// Chromium (the system's: CHROMIUM names it); prints {address: [issue, …]}
// as JSON, errors only.
import pa11y from "pa11y";
import puppeteer from "puppeteer";

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM,
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run"],
});
const found = {};
try {
  for (const address of process.argv.slice(2)) {
    const result = await pa11y(address, {
      browser, standard: "WCAG2AA", runners: ["htmlcs"], includeWarnings: false, includeNotices: false,
      timeout: 60000,
    });
    found[address] = result.issues.filter((issue) => issue.type === "error")
      .map(({ code, message, selector, context }) => ({ code, message, selector, context }));
  }
} finally {
  await browser.close();
}
process.stdout.write(JSON.stringify(found, null, 1));
