import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const p = await (await b.newContext({ viewport: { width: 360, height: 740 } })).newPage();
for (const l of ['ar', 'ru', 'en']) {
  await p.goto('http://127.0.0.1:3301/' + l);
  console.log(l, await p.evaluate(() => [...document.querySelectorAll('header nav')].map((n) => [...n.querySelectorAll('a')].map((a) => Math.round(a.getBoundingClientRect().width)))));
}
await b.close();
