#!/usr/bin/env node
// Generates the cover graphics of the shipped sample stories.
//
// Every image is drawn here from scratch as an SVG (simple shapes only: no
// text, no flags, no downloaded material) and rendered to a palette PNG with
// sharp, so each file stays well under 80 KB.
//
// Usage: node scripts/tools/make-images.mjs            (writes all covers)
//        node scripts/tools/make-images.mjs <id> ...   (writes only those stories)

import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

const W = 1200;
const H = 675;
const MAX_BYTES = 80 * 1024;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const articlesDir = path.join(root, 'content', 'articles');

const PALETTE = {
  navy: '#13243f',
  navyLight: '#1d3358',
  grid: '#2a4470',
  sand: '#d9b77e',
  sandDark: '#b8955c',
  red: '#c8372d',
  sky: '#8fb8e8',
  cream: '#f4ecd8',
  teal: '#1f7a7a',
  tealDark: '#155858',
  green: '#2f7d4f',
  greenDark: '#0f3b2a',
  gold: '#d4a93c',
  white: '#fbfaf6',
};

const svg = (body, bg) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">` +
  `<rect width="${W}" height="${H}" fill="${bg}"/>${body}</svg>`;

const f = (n) => Number(n.toFixed(1));

// ---------------------------------------------------------------------------
// A deliberately simplified outline of Kazakhstan (lon, lat), used for the
// schematic map graphics. It is an approximation, not a survey-grade border.
const KZ = [
  [46.5, 48.4],
  [47.5, 50.4],
  [48.7, 50.6],
  [50.5, 51.6],
  [52.3, 51.8],
  [54.5, 51.0],
  [55.7, 50.6],
  [57.0, 51.1],
  [58.5, 51.1],
  [59.7, 50.6],
  [61.4, 50.8],
  [60.5, 52.0],
  [61.2, 53.0],
  [62.0, 54.0],
  [65.0, 54.6],
  [69.0, 55.4],
  [70.8, 55.2],
  [73.5, 54.0],
  [76.5, 54.3],
  [78.0, 53.3],
  [80.0, 51.3],
  [81.5, 50.8],
  [83.5, 51.0],
  [85.2, 49.7],
  [87.3, 49.1],
  [85.6, 47.1],
  [83.0, 47.2],
  [82.3, 45.5],
  [80.2, 45.0],
  [80.3, 42.2],
  [78.5, 42.9],
  [75.5, 42.8],
  [73.5, 42.5],
  [71.0, 42.3],
  [70.2, 41.4],
  [68.0, 40.6],
  [66.5, 42.0],
  [66.0, 42.9],
  [64.0, 43.6],
  [61.9, 44.2],
  [58.5, 45.5],
  [56.0, 45.0],
  [56.0, 41.3],
  [55.4, 41.3],
  [53.0, 42.1],
  [52.2, 42.9],
  [51.3, 43.2],
  [50.8, 44.4],
  [50.3, 44.6],
  [51.3, 45.3],
  [53.0, 45.3],
  [53.2, 46.7],
  [51.2, 47.1],
  [49.2, 46.4],
  [48.6, 47.0],
  [47.1, 47.9],
];
const ALMATY = [76.9, 43.25];

function makeProjection(box) {
  const k = Math.cos((48 * Math.PI) / 180);
  const lons = KZ.map((p) => p[0]);
  const lats = KZ.map((p) => p[1]);
  const minLon = Math.min(...lons);
  const maxLon = Math.max(...lons);
  const minLat = Math.min(...lats);
  const maxLat = Math.max(...lats);
  const scale = Math.min(box.w / ((maxLon - minLon) * k), box.h / (maxLat - minLat));
  const ox = box.x + (box.w - (maxLon - minLon) * k * scale) / 2;
  const oy = box.y + (box.h - (maxLat - minLat) * scale) / 2;
  return ([lon, lat]) => [ox + (lon - minLon) * k * scale, oy + (maxLat - lat) * scale];
}

const polygon = (pts) => pts.map(([x, y]) => `${f(x)},${f(y)}`).join(' ');

function gridLines(step, color, opacity) {
  let out = '';
  for (let x = step; x < W; x += step) {
    out += `<line x1="${x}" y1="0" x2="${x}" y2="${H}" stroke="${color}" stroke-width="1.5" opacity="${opacity}"/>`;
  }
  for (let y = step; y < H; y += step) {
    out += `<line x1="0" y1="${y}" x2="${W}" y2="${y}" stroke="${color}" stroke-width="1.5" opacity="${opacity}"/>`;
  }
  return out;
}

function arrow(x1, y1, x2, y2, color, width = 8, head = 26) {
  const a = Math.atan2(y2 - y1, x2 - x1);
  const bx = x2 - head * Math.cos(a);
  const by = y2 - head * Math.sin(a);
  const l = [bx + (head / 1.8) * Math.sin(a), by - (head / 1.8) * Math.cos(a)];
  const r = [bx - (head / 1.8) * Math.sin(a), by + (head / 1.8) * Math.cos(a)];
  return (
    `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(bx)}" y2="${f(by)}" stroke="${color}" stroke-width="${width}" stroke-linecap="round"/>` +
    `<polygon points="${polygon([[x2, y2], l, r])}" fill="${color}"/>`
  );
}

// --- Individual graphics ----------------------------------------------------

function kazakhstanMap() {
  const proj = makeProjection({ x: 110, y: 80, w: 980, h: 515 });
  const [ax, ay] = proj(ALMATY);
  return svg(
    gridLines(75, PALETTE.grid, 0.9) +
      `<polygon points="${polygon(KZ.map(proj))}" fill="${PALETTE.sand}" stroke="${PALETTE.sandDark}" stroke-width="5" stroke-linejoin="round"/>` +
      `<circle cx="${f(ax)}" cy="${f(ay)}" r="30" fill="${PALETTE.red}" opacity="0.35"/>` +
      `<circle cx="${f(ax)}" cy="${f(ay)}" r="14" fill="${PALETTE.red}"/>`,
    PALETTE.navy,
  );
}

function kazakhstanArrows(direction) {
  const proj = makeProjection({ x: 170, y: 110, w: 860, h: 455 });
  const [ax, ay] = proj(ALMATY);
  const angles = [-150, -105, -60, -15, 160].map((d) => (d * Math.PI) / 180);
  let arrows = '';
  for (const a of angles) {
    const far = [ax + 300 * Math.cos(a), ay + 300 * Math.sin(a)];
    const near = [ax + 45 * Math.cos(a), ay + 45 * Math.sin(a)];
    arrows +=
      direction === 'in' ? arrow(far[0], far[1], near[0], near[1], PALETTE.sky) : arrow(near[0], near[1], far[0], far[1], PALETTE.sky);
  }
  return svg(
    `<polygon points="${polygon(KZ.map(proj))}" fill="${PALETTE.navyLight}" stroke="${PALETTE.sandDark}" stroke-width="5" stroke-linejoin="round"/>` +
      arrows +
      `<circle cx="${f(ax)}" cy="${f(ay)}" r="16" fill="${PALETTE.sand}"/>`,
    PALETTE.navy,
  );
}

function ballotBox() {
  return svg(
    // box
    `<polygon points="420,330 780,330 840,290 480,290" fill="${PALETTE.tealDark}"/>` +
      `<rect x="420" y="330" width="360" height="250" fill="${PALETTE.teal}"/>` +
      `<polygon points="780,330 840,290 840,540 780,580" fill="${PALETTE.tealDark}"/>` +
      `<rect x="540" y="303" width="180" height="14" rx="7" fill="${PALETTE.navy}"/>` +
      // ballot paper entering the slot
      `<rect x="560" y="110" width="140" height="200" fill="${PALETTE.white}" stroke="#d8d2c2" stroke-width="3"/>` +
      `<polyline points="595,200 622,232 668,160" fill="none" stroke="${PALETTE.green}" stroke-width="16" stroke-linecap="round" stroke-linejoin="round"/>` +
      // ground shadow
      `<ellipse cx="630" cy="600" rx="260" ry="18" fill="#d6c9a8"/>`,
    PALETTE.cream,
  );
}

function skyline() {
  const bands = ['#f2c27b', '#e9a46a', '#d9825f', '#b9655e', '#7e4a5e'];
  let sky = '';
  bands.forEach((c, i) => {
    sky += `<rect x="0" y="${i * 95}" width="${W}" height="${H}" fill="${c}"/>`;
  });
  const blocks = [
    [60, 420, 90],
    [160, 360, 70],
    [240, 450, 110],
    [360, 330, 80],
    [450, 400, 90],
    [700, 380, 90],
    [800, 310, 75],
    [885, 420, 110],
    [1005, 350, 80],
    [1095, 440, 90],
  ];
  let city = '';
  for (const [x, y, w] of blocks) {
    city += `<rect x="${x}" y="${y}" width="${w}" height="${H - y}" fill="#3b2a3f"/>`;
  }
  // central tower with a sphere on top
  const tower =
    `<polygon points="575,675 625,675 612,300 588,300" fill="#2c1f31"/>` +
    `<polygon points="560,300 600,250 640,300" fill="#2c1f31"/>` +
    `<circle cx="600" cy="200" r="55" fill="${PALETTE.gold}"/>` +
    `<circle cx="585" cy="185" r="18" fill="#f1d27a"/>`;
  return svg(sky + city + tower + `<rect x="0" y="625" width="${W}" height="50" fill="#241a29"/>`, bands[0]);
}

function roundTable() {
  const cx = 600;
  const cy = 337;
  let seats = '';
  for (let i = 0; i < 6; i++) {
    const a = (i * 60 - 90) * (Math.PI / 180);
    const x = cx + 235 * Math.cos(a);
    const y = cy + 235 * Math.sin(a);
    const deg = i * 60;
    seats += `<rect x="${f(x - 45)}" y="${f(y - 32)}" width="90" height="64" rx="18" fill="${PALETTE.sky}" transform="rotate(${deg} ${f(x)} ${f(y)})"/>`;
  }
  return svg(
    `<circle cx="${cx}" cy="${cy}" r="300" fill="${PALETTE.navyLight}"/>` +
      seats +
      `<circle cx="${cx}" cy="${cy}" r="170" fill="${PALETTE.sand}" stroke="${PALETTE.sandDark}" stroke-width="10"/>` +
      `<circle cx="${cx}" cy="${cy}" r="60" fill="none" stroke="${PALETTE.sandDark}" stroke-width="6"/>`,
    PALETTE.navy,
  );
}

function starPattern() {
  const star = (x, y, r, fill) => {
    const s = r * 0.72;
    return (
      `<rect x="${f(x - s)}" y="${f(y - s)}" width="${f(2 * s)}" height="${f(2 * s)}" fill="${fill}"/>` +
      `<rect x="${f(x - s)}" y="${f(y - s)}" width="${f(2 * s)}" height="${f(2 * s)}" fill="${fill}" transform="rotate(45 ${f(x)} ${f(y)})"/>`
    );
  };
  let out = '';
  const step = 150;
  for (let row = 0; row * step - 75 <= H + 75; row++) {
    for (let col = 0; col * step - 75 <= W + 75; col++) {
      const x = col * step;
      const y = row * step - 37;
      out += star(x, y, 62, PALETTE.gold);
      out += star(x, y, 40, PALETTE.green);
      out += `<circle cx="${x}" cy="${y}" r="14" fill="${PALETTE.gold}"/>`;
      // small stars in between
      out += star(x + step / 2, y + step / 2, 24, PALETTE.green);
    }
  }
  return svg(out, PALETTE.greenDark);
}

function coinsAndBars() {
  let out = '';
  const stack = (x, n) => {
    let s = '';
    for (let i = 0; i < n; i++) {
      const y = 560 - i * 26;
      s += `<ellipse cx="${x}" cy="${y + 10}" rx="70" ry="20" fill="#a9822a"/>`;
      s += `<rect x="${x - 70}" y="${y - 6}" width="140" height="16" fill="#b98f30"/>`;
      s += `<ellipse cx="${x}" cy="${y - 6}" rx="70" ry="20" fill="${PALETTE.gold}"/>`;
    }
    return s;
  };
  out += stack(200, 5) + stack(370, 8) + stack(540, 11);
  const bars = [
    [720, 400],
    [850, 300],
    [980, 190],
  ];
  for (const [x, y] of bars) {
    out += `<rect x="${x}" y="${y}" width="90" height="${580 - y}" rx="6" fill="${PALETTE.green}"/>`;
  }
  out += arrow(700, 360, 1090, 130, PALETTE.greenDark, 10, 34);
  out += `<rect x="90" y="578" width="1030" height="10" rx="5" fill="#cbbd98"/>`;
  return svg(out, PALETTE.cream);
}

function desert() {
  let out = `<circle cx="1010" cy="175" r="105" fill="#f3e6c4"/>`;
  // dotted flight arc between two points
  out += `<path d="M 200 360 Q 480 110 760 330" fill="none" stroke="${PALETTE.white}" stroke-width="7" stroke-dasharray="4 22" stroke-linecap="round"/>`;
  out += `<circle cx="200" cy="360" r="14" fill="${PALETTE.white}"/><circle cx="760" cy="330" r="14" fill="${PALETTE.white}"/>`;
  out += `<path d="M0 470 C 220 390 420 430 640 460 S 1000 420 1200 450 L1200 675 L0 675 Z" fill="#e2bf82"/>`;
  out += `<path d="M0 540 C 260 480 520 520 760 560 S 1050 520 1200 540 L1200 675 L0 675 Z" fill="#cfa265"/>`;
  out += `<path d="M0 610 C 300 580 600 600 900 630 S 1100 620 1200 615 L1200 675 L0 675 Z" fill="#b6874e"/>`;
  return svg(out, PALETTE.navyLight);
}

function ringOfTen() {
  const colors = ['#e07a5f', '#f2cc8f', '#81b29a', '#8fb8e8', '#c490d1', '#f4a261', '#e9c46a', '#2a9d8f', '#e76f51', '#a8dadc'];
  const cx = 600;
  const cy = 337;
  let out = `<circle cx="${cx}" cy="${cy}" r="230" fill="none" stroke="${PALETTE.grid}" stroke-width="6"/>`;
  for (let i = 0; i < 10; i++) {
    const a = (i * 36 - 90) * (Math.PI / 180);
    out += `<circle cx="${f(cx + 230 * Math.cos(a))}" cy="${f(cy + 230 * Math.sin(a))}" r="38" fill="${colors[i]}"/>`;
  }
  out += `<circle cx="${cx}" cy="${cy}" r="95" fill="none" stroke="${PALETTE.sand}" stroke-width="22"/>`;
  return svg(out, PALETTE.navy);
}

// --- Which story gets which cover -------------------------------------------

const COVERS = {
  'tokayev-kazakhstan-riots-coup-attempt': kazakhstanMap,
  'csto-peacekeepers-deployed-to-kazakhstan': () => kazakhstanArrows('in'),
  'csto-peacekeepers-complete-withdrawal-from-kazakhstan': () => kazakhstanArrows('out'),
  'kazakhstan-constitutional-referendum-2022': ballotBox,
  'kazakhstan-capital-renamed-astana': skyline,
  'csto-summit-yerevan-2022': roundTable,
  'kazanforum-2023-russia-islamic-world': starPattern,
  'russia-islamic-finance-experiment-law': coinsAndBars,
  'putin-visits-uae-and-saudi-arabia': desert,
  'sco-summit-astana-2024': ringOfTen,
};

async function render(id) {
  const out = path.join(articlesDir, id, 'cover.png');
  await mkdir(path.dirname(out), { recursive: true });
  const input = Buffer.from(COVERS[id]());
  for (const colours of [48, 24, 12]) {
    await sharp(input).png({ palette: true, colours, dither: 0, compressionLevel: 9, effort: 10 }).toFile(out);
    const { size } = await stat(out);
    if (size < MAX_BYTES) {
      console.log(`${path.relative(root, out)}  ${W}x${H}  ${(size / 1024).toFixed(1)} KB`);
      return;
    }
  }
  throw new Error(`${out} is larger than ${MAX_BYTES} bytes`);
}

const wanted = process.argv.slice(2);
for (const id of wanted) {
  if (!COVERS[id]) throw new Error(`no cover graphic defined for "${id}"`);
}
for (const id of wanted.length ? wanted : Object.keys(COVERS)) {
  await render(id);
}
