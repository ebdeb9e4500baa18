import { chromium } from '@playwright/test';
const base = 'http://127.0.0.1:3301';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [w, h, scheme, dpr, js] = [Number(process.env.W || 360), Number(process.env.H || 740), process.env.SCHEME || 'light', Number(process.env.DPR || 1), process.env.JS !== '0'];
const ctx = await b.newContext({ viewport: { width: w, height: h }, colorScheme: scheme, deviceScaleFactor: dpr, javaScriptEnabled: js });
const p = await ctx.newPage();
for (const path of process.argv.slice(2)) {
  await p.goto(base + path);
  const hb = await p.locator('body > header').boundingBox();
  const name = `${path.replace(/\//g, '_')}-${w}-${scheme}${dpr > 1 ? '-x' + dpr : ''}`;
  const full = process.env.FULL === '1';
  await p.screenshot({ path: `/tmp/i13/${name}.png`, fullPage: full });
  // Controls in header/footer/nav smaller than 44 px.
  const small = await p.evaluate(() => [...document.querySelectorAll('header a, footer a, nav a, header button, footer button, nav button')]
    .filter((e) => e.getClientRects().length && getComputedStyle(e).visibility !== 'hidden')
    .map((e) => { const r = e.getBoundingClientRect(); return { t: e.textContent.trim().slice(0, 20), w: Math.round(r.width), h: Math.round(r.height) }; })
    .filter((r) => r.w < 44 || r.h < 44));
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth > innerWidth);
  console.log(name, 'header', hb && Math.round(hb.height), 'small:', JSON.stringify(small), overflow ? 'OVERFLOW' : '');
}
await b.close();
