// Lighthouse over the portal's public pages, mobile preset with its default (simulated) throttling, in Spanish and
// English, plus first-visit and repeat-visit transfer measured in Chromium itself. Writes the table between the
// lighthouse markers of docs/performance.md and every raw report to the work folder. Run through bench/lighthouse/run.sh.
//   node lighthouse.mjs --base http://127.0.0.1:5091 --runs 3 --work /tmp/mirps-lighthouse [--report ../../docs/performance.md]
import fs from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import * as chromeLauncher from 'chrome-launcher';
import puppeteer from 'puppeteer-core';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, arg, i, all) =>
  arg.startsWith('--') ? [...pairs, [arg.slice(2), all[i + 1] && !all[i + 1].startsWith('--') ? all[i + 1] : 'true']] : pairs, []));
const base = args.base ?? 'http://127.0.0.1:5091';
const runs = Number(args.runs ?? 3);
const work = args.work ?? '/tmp/mirps-lighthouse';
const chromePath = args.chrome ?? '/usr/bin/chromium';

const targets = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 95 };
const budgetsKb = { home: 100, practice: 120 };

async function practicePath() {
  // The newest published practice, at the address the catalogue links (its slug URL, so no redirect is measured).
  const response = await fetch(`${base}/api/v1/practices?pageSize=1`, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`/api/v1/practices answered ${response.status}`);
  const body = await response.json();
  const first = (body.items ?? body.data ?? body)[0];
  const url = first?.links?.html ?? first?.url ?? first?.htmlUrl;
  if (!url) throw new Error('no practice URL in the API list: ' + JSON.stringify(first).slice(0, 300));
  const resolved = new URL(url, base);
  return resolved.pathname;
}

const pages = [
  { key: 'home', title: 'Home', path: '/' },
  { key: 'catalogue', title: 'Catalogue: search + two filters', path: '/catalogue?q=empleo&country=MX&area=JobMatching' },
  { key: 'practice', title: 'Practice page', path: null },
  { key: 'statistics', title: 'Statistics', path: '/statistics' },
  { key: 'recommendations', title: 'Recommendations', path: '/recommendations' },
  { key: 'signin', title: 'Sign-in', path: '/account/signin' },
];
const languages = [{ code: 'es', header: 'es-419,es;q=0.9' }, { code: 'en', header: 'en-US,en;q=0.9' }];

function failingAudits(lhr) {
  return Object.values(lhr.audits)
    .filter(a => a.score !== null && !['informative', 'notApplicable', 'manual', 'error'].includes(a.scoreDisplayMode))
    .filter(a => (a.scoreDisplayMode === 'binary' ? a.score < 1 : a.score < 0.9))
    .map(a => a.id)
    .sort();
}

async function transfers(browserUrl, url, acceptLanguage) {
  // Chromium's own count: the navigation and every resource (transferSize is 0 for what came from the HTTP cache).
  const browser = await puppeteer.connect({ browserURL: browserUrl });
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.setExtraHTTPHeaders({ 'Accept-Language': acceptLanguage });
    const measure = () => page.evaluate(() => {
      const entries = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
      const html = performance.getEntriesByType('navigation')[0]?.transferSize ?? 0;
      return { total: entries.reduce((sum, e) => sum + e.transferSize, 0), html, resources: entries.length - 1 };
    });
    await page.goto(url, { waitUntil: 'networkidle0' });
    const first = await measure();
    await page.goto('about:blank');
    await page.goto(url, { waitUntil: 'networkidle0' });
    const repeat = await measure();
    return { first, repeat };
  } finally {
    await context.close();
    browser.disconnect();
  }
}

function summarise(page, language, lhrs, transfer) {
  const lhr = computeMedianRun(lhrs);
  const score = id => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const scores = Object.fromEntries(Object.keys(targets).map(id => [id, score(id)]));
  return {
    page: page.key, title: page.title, language: language.code, url: lhr.finalDisplayedUrl,
    scores,
    lcpMs: lhr.audits['largest-contentful-paint'].numericValue,
    tbtMs: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    totalBytes: lhr.audits['total-byte-weight'].numericValue,
    firstVisitBytes: transfer.first.total,
    repeatVisitBytes: transfer.repeat.total,
    repeatHtmlBytes: transfer.repeat.html,
    failing: failingAudits(lhr),
    allScores: lhrs.map(r => Math.round(r.categories.performance.score * 100)),
    runWarnings: lhr.runWarnings,
  };
}

const kb = bytes => (bytes / 1024).toFixed(1);

function markdown(results, meta) {
  const lines = [];
  lines.push('## Lighthouse (mobile, simulated throttling)', '');
  lines.push(`- **When:** ${meta.when} UTC; ${meta.runs} runs per page, the median run by performance (Lighthouse's \`computeMedianRun\`); 1-minute load average before: ${meta.load}`);
  lines.push(`- **Tools:** Lighthouse ${meta.lighthouse}, ${meta.chromium}, default mobile preset (Moto G Power viewport, 4× CPU slowdown, slow 4G simulated: 150 ms RTT, 1.6 Mbit/s).`);
  lines.push(`- **Server:** the published Release build, Production environment, sample data (\`Demo__Seed=true\`), plain HTTP on loopback; language chosen by \`Accept-Language\`.`);
  lines.push('- **Columns:** perf / a11y / best practices / SEO scores; LCP; Lighthouse total byte weight (first visit); first and repeat visit as Chromium counts them (`transferSize` of the document and every resource; a repeat visit in the same profile); failing audits (binary audits not passed, others under 0.9).');
  lines.push(`- **Command:** \`bench/lighthouse/run.sh --runs ${meta.runs}\``, '');
  lines.push('| page | lang | perf | a11y | BP | SEO | LCP ms | total KB | first visit KB | repeat visit KB (HTML) | failing audits |');
  lines.push('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
  for (const r of results) {
    const mark = (id, v) => (v >= targets[id] ? `${v}` : `**${v}**`);
    lines.push(`| ${r.title} | ${r.language} | ${mark('performance', r.scores.performance)} | ${mark('accessibility', r.scores.accessibility)} | ${mark('best-practices', r.scores['best-practices'])} | ${mark('seo', r.scores.seo)} | ${Math.round(r.lcpMs)} | ${kb(r.totalBytes)} | ${kb(r.firstVisitBytes)} | ${kb(r.repeatVisitBytes)} (${kb(r.repeatHtmlBytes)}) | ${r.failing.length ? r.failing.map(f => '`' + f + '`').join(', ') : '—'} |`);
  }
  lines.push('');
  lines.push('| target | measured | met |', '|---|---|---|');
  for (const [id, min] of Object.entries(targets)) {
    const values = results.map(r => r.scores[id]);
    const lowest = Math.min(...values);
    const misses = results.filter(r => r.scores[id] < min).map(r => `${r.page} ${r.language}`);
    lines.push(`| ${id} ${min === 100 ? '= 100' : '≥ ' + min} on every page | lowest ${lowest}${misses.length ? ' (' + misses.join(', ') + ')' : ''} | ${misses.length ? '**no**' : 'yes'} |`);
  }
  for (const [key, budget] of Object.entries(budgetsKb)) {
    const rows = results.filter(r => r.page === key);
    const worst = Math.max(...rows.map(r => r.firstVisitBytes));
    lines.push(`| first visit of the ${key} page ≤ ${budget} KB | at most ${kb(worst)} KB | ${worst <= budget * 1024 ? 'yes' : '**no**'} |`);
  }
  const repeatExtra = results.filter(r => r.repeatVisitBytes > r.repeatHtmlBytes);
  lines.push(`| repeat visits transfer only the HTML | ${repeatExtra.length ? repeatExtra.map(r => `${r.page} ${r.language}: ${kb(r.repeatVisitBytes - r.repeatHtmlBytes)} KB more`).join('; ') : 'only the document on every page'} | ${repeatExtra.length ? '**no**' : 'yes'} |`);
  return lines.join('\n') + '\n';
}

async function writeReport(file, section) {
  const begin = '<!-- lighthouse:begin (written by bench/lighthouse/run.sh; do not edit by hand) -->';
  const end = '<!-- lighthouse:end -->';
  let text = await fs.readFile(file, 'utf8');
  const block = `${begin}\n${section}${end}`;
  const from = text.indexOf(begin.slice(0, 22));
  const to = text.indexOf(end);
  text = from >= 0 && to > from ? text.slice(0, from) + block + text.slice(to + end.length) : text.trimEnd() + '\n\n' + block + '\n';
  await fs.writeFile(file, text);
}

async function main() {
  const loadBefore = os.loadavg()[0].toFixed(2);
  await fs.mkdir(work, { recursive: true });
  pages.find(p => p.key === 'practice').path = await practicePath();
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const browserUrl = `http://127.0.0.1:${chrome.port}`;
  const results = [];
  let chromium = '';
  try {
    for (const language of languages) {
      for (const page of pages) {
        const url = base + page.path;
        const lhrs = [];
        for (let run = 1; run <= runs; run++) {
          // Lighthouse sometimes loses the trace of a load (NO_NAVSTART, "please run Lighthouse again"): such a run is
          // run again, at most twice, and never counted.
          let result;
          for (let attempt = 1; attempt <= 3; attempt++) {
            result = await lighthouse(url, {
              port: chrome.port, output: 'json', logLevel: 'error', extraHeaders: { 'Accept-Language': language.header },
            });
            if (!result.lhr.runtimeError) break;
            console.log(`${page.key} ${language.code} run ${run}: ${result.lhr.runtimeError.code}, running it again`);
          }
          if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
          lhrs.push(result.lhr);
          chromium = result.lhr.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? chromium;
          await fs.writeFile(path.join(work, `${page.key}-${language.code}-${run}.json`), result.report);
        }
        const transfer = await transfers(browserUrl, url, language.header);
        const summary = summarise(page, language, lhrs, transfer);
        results.push(summary);
        console.log(`${page.key} ${language.code}: perf ${summary.scores.performance} (runs ${summary.allScores.join('/')}), a11y ${summary.scores.accessibility}, BP ${summary.scores['best-practices']}, SEO ${summary.scores.seo}; LCP ${Math.round(summary.lcpMs)} ms; first ${kb(summary.firstVisitBytes)} KB, repeat ${kb(summary.repeatVisitBytes)} KB; failing: ${summary.failing.join(', ') || '—'}`);
      }
    }
  } finally {
    await chrome.kill();
  }
  await fs.writeFile(path.join(work, 'summary.json'), JSON.stringify(results, null, 2));
  const lighthouseVersion = JSON.parse(await fs.readFile(new URL('./node_modules/lighthouse/package.json', import.meta.url), 'utf8')).version;
  const section = markdown(results, {
    when: new Date().toISOString().slice(0, 16).replace('T', ' '),
    runs, load: loadBefore, lighthouse: lighthouseVersion, chromium: chromium.replace('/', ' '),
  });
  if (args.report) {
    await writeReport(args.report, section);
    console.log(`wrote ${args.report}`);
  } else {
    console.log(section);
  }
}

await main();
