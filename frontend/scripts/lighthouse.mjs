// Lighthouse (mobile, simulated throttling) on the public and the patient pages of the running e2e
// stack (see e2e/stack.sh --lighthouse). The patient pages need a session: Playwright signs in
// through the real Keycloak page in the same Chromium, then Lighthouse audits over the DevTools port
// without resetting storage. Reports in lighthouse/, a summary on stdout and in lighthouse/summary.md.
//
// Lighthouse is installed from npm into .lighthouse-tool/ on first use, pinned, and is not a
// devDependency: one of its dependencies asks for `third-party-web@latest`, which breaks `npm ci` as
// soon as a newer one is published.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const base = process.env.E2E_BASE_URL ?? 'http://localhost:3000';
const port = Number(process.env.LIGHTHOUSE_PORT ?? 9333);
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', `--remote-debugging-port=${port}`];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const LIGHTHOUSE = 'lighthouse@12.8.2';
const TOOL = '.lighthouse-tool';
if (!existsSync(`${TOOL}/node_modules/lighthouse/package.json`)) {
  execFileSync('npm', ['install', '--prefix', TOOL, '--no-save', '--no-audit', '--no-fund', LIGHTHOUSE], { stdio: 'inherit' });
}
const { default: lighthouse } = await import(new URL(`../${TOOL}/node_modules/lighthouse/core/index.js`, import.meta.url).href);

mkdirSync('lighthouse', { recursive: true });
const browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'pas-lh-')), {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: flags,
});

async function audit(name, path) {
  const { lhr, report } = await lighthouse(`${base}${path}`, {
    port,
    output: 'html',
    logLevel: 'error',
    onlyCategories: categories,
    disableStorageReset: true,
  });
  writeFileSync(`lighthouse/${name}.html`, report);
  const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
  const row = {
    name,
    path,
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcp: lhr.audits['first-contentful-paint'].displayValue,
    lcp: lhr.audits['largest-contentful-paint'].displayValue,
    tbt: lhr.audits['total-blocking-time'].displayValue,
    cls: lhr.audits['cumulative-layout-shift'].displayValue,
    failedA11y: Object.values(lhr.audits)
      .filter((a) => lhr.categories.accessibility.auditRefs.some((r) => r.id === a.id) && a.score === 0)
      .map((a) => a.id),
  };
  console.log(JSON.stringify(row));
  return row;
}

// Warm up the preview server and the API once, so that the first audit does not measure a cold start.
const warmUp = await browser.newPage();
await warmUp.goto(`${base}/`);
await warmUp.getByRole('main').getByRole('button', { name: 'Sign in' }).waitFor();
await warmUp.close();

const rows = [];
rows.push(await audit('public-landing', '/'));
rows.push(await audit('public-statistics', '/statistics'));
rows.push(await audit('public-statistics-how-computed', '/statistics/how-computed'));

const page = await browser.newPage();
await page.goto(`${base}/patient`);
await page.getByRole('main').getByRole('button', { name: 'Sign in' }).click();
await page.locator('#username').fill(process.env.LIGHTHOUSE_USER ?? 'pat.jones');
await page.locator('#password').fill('pas-demo-1');
await page.locator('#kc-login').click();
await page.getByRole('heading', { level: 1, name: 'My registrations' }).waitFor();

rows.push(await audit('patient-registrations', '/patient'));
rows.push(await audit('patient-register-form', '/patient/register'));
await browser.close();

const table = [
  '| page | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r.bestPractices} | ${r.seo} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} |`),
].join('\n');
writeFileSync('lighthouse/summary.md', `${table}\n`);
console.log(`\n${table}`);
// The public statistics pages (issue 17): at least 90 in every category on a phone.
const below90 = rows.filter((r) => r.name.startsWith('public-statistics') && Math.min(r.performance, r.accessibility, r.bestPractices, r.seo) < 90);
if (below90.length > 0) {
  console.error(`Below 90 on ${below90.map((r) => r.path).join(', ')}`);
  process.exitCode = 1;
}
const failing = rows.filter((r) => r.accessibility < 100);
if (failing.length > 0) {
  console.error(`Accessibility below 100 on ${failing.map((r) => `${r.path} (${r.failedA11y.join(', ')})`).join('; ')}`);
  process.exit(1);
}
