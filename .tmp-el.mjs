import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [w, scheme] = [Number(process.env.W || 360), process.env.SCHEME || 'light'];
const p = await (await b.newContext({ viewport: { width: w, height: 740 }, colorScheme: scheme, javaScriptEnabled: process.env.JS !== '0' })).newPage();
const [path, sel, out] = process.argv.slice(2);
await p.goto('http://127.0.0.1:3301' + path);
await p.waitForTimeout(300);
await p.locator(sel).first().screenshot({ path: out });
await b.close();
