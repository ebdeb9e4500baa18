#!/usr/bin/env node
// Writes a synthetic content root for load and scale testing: N stories in
// the content contract of content/README.md, in Arabic, Russian and English.
//
// Usage: node scripts/tools/corpus.mjs --stories N --out DIR [--seed S] [--force]
//
// Every story is marked synthetic in its title ("[synthetic]", "[синтетика]",
// "[اصطناعي]"), its summary, its first paragraph and its last line. Drafts
// (about 1%) carry the word DRAFTCANARY in title, summary and body so tests
// can check that drafts never leak. About 10% of stories lack one locale and
// about 3% exist in one locale only; about 5% have a tiny generated cover.
//
// The output depends only on N and the seed (never on the clock or on
// Math.random): the same N and seed give a byte-identical tree. Dates spread
// over the ten years before 2026-11-01, with a +03:00 offset.
//
// DIR must be empty or absent. --force replaces it only if it is a corpus
// this script wrote (it holds a .synthetic-corpus marker and nothing but
// tags.yaml, pages/ and articles/); any other directory is left alone.
//
// Plain Node (>= 20): built-ins, and tsx to read the locale list (locales.mjs).

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { LOCALES } from './locales.mjs';

const SCRIPT_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO_ROOT = path.resolve(SCRIPT_DIR, '..', '..');
const REAL_CONTENT = path.join(REPO_ROOT, 'content');
const MAX_STORIES = 1_000_000;
const SUMMARY_MAX = 300;

const USAGE = `usage: node scripts/tools/corpus.mjs --stories N --out DIR [--seed S] [--force]

  --stories N  number of stories to write (1..${MAX_STORIES})
  --out DIR    content root to create (tags.yaml, pages/, articles/)
  --seed S     any text (default "1"); same N and seed give identical output
  --force      replace DIR if it holds a corpus this script wrote before
               (it has a .synthetic-corpus file); never deletes anything else
  --help       show this text

Then check it with: CONTENT_DIR=DIR npm run content:check`;

// ---------------------------------------------------------------- arguments

function usageError(message) {
  process.stderr.write(`corpus: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { stories: undefined, out: undefined, seed: '1', force: false };
  const seen = new Set();
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i];
    let value;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    }
    if (arg === '--force') {
      if (value !== undefined) usageError('--force takes no value');
      opts.force = true;
      continue;
    }
    if (arg !== '--stories' && arg !== '--out' && arg !== '--seed') usageError(`unknown argument "${argv[i]}"`);
    if (seen.has(arg)) usageError(`${arg} given twice`);
    seen.add(arg);
    if (value === undefined) {
      value = argv[++i];
      if (value === undefined || value.startsWith('--')) usageError(`${arg} needs a value`);
    }
    if (arg === '--stories') {
      if (!/^[0-9]+$/.test(value) || Number(value) < 1 || Number(value) > MAX_STORIES) {
        usageError(`--stories must be a whole number from 1 to ${MAX_STORIES}, got "${value}"`);
      }
      opts.stories = Number(value);
    } else if (arg === '--out') {
      if (value === '') usageError('--out must not be empty');
      opts.out = value;
    } else {
      if (value === '') usageError('--seed must not be empty');
      opts.seed = value;
    }
  }
  if (opts.stories === undefined) usageError('--stories is required');
  if (opts.out === undefined) usageError('--out is required');
  return opts;
}

// ---------------------------------------------------------------- randomness

/** 32-bit string hash (xmur3 finaliser over FNV-1a), for seeding. */
function hash32(str) {
  let h = 0x811c9dc5;
  for (let i = 0; i < str.length; i++) {
    h ^= str.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a tiny, fast, seedable PRNG returning floats in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng, n) => Math.floor(rng() * n); // 0..n-1

function shuffled(rng, n) {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = int(rng, i + 1);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
  return a;
}

// ---------------------------------------------------------------- vocabulary
// corpus-vocabulary.json: parallel lists, entry k means the same thing in every
// language, so the three translations of a story tell the same (made-up) story.
// Russian forms: countries nominative, genitive, "в" + prepositional, "с" +
// instrumental; cities nominative, "в" + prepositional; topics genitive (after
// "в сфере"); actors and countries carry a gender (m, f, n, p) for the verb.
// Arabic: topics with the article (after "في مجال"); an actor's gender (m, f)
// picks the verb before it; verbs of saying are masculine, feminine, particle.
const {
  countries: COUNTRIES,
  cities: CITIES,
  topics: TOPICS,
  actors: ACTORS,
  say: SAY,
  act: ACT,
  months: MONTHS,
  hours: HOURS,
  quotes: QUOTES,
  headings: HEADINGS,
  mark: MARK,
  sources: SOURCES,
  authors: AUTHORS,
  imageText: IMAGE_TEXT,
  about: ABOUT,
} = JSON.parse(fs.readFileSync(path.join(SCRIPT_DIR, 'corpus-vocabulary.json'), 'utf8'));

const RU_G = { m: 0, f: 1, n: 2, p: 3 };

const untranslated = LOCALES.filter((l) => !(l in MARK.title));
if (untranslated.length) throw new Error(`corpus: corpus-vocabulary.json has no text for ${untranslated.join(', ')} (i18n/routing.ts)`);

/** Russian plural: 1 проект, 2 проекта, 5 проектов. */
function ruPlural(n, one, few, many) {
  const d = n % 10,
    dd = n % 100;
  if (d === 1 && dd !== 11) return one;
  if (d >= 2 && d <= 4 && (dd < 12 || dd > 14)) return few;
  return many;
}

const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// Reported-speech clauses. Arabic ones start with a noun so they can follow إن/أن.
const CLAUSES = [
  {
    en: (p) => `cooperation in ${TOPICS[p.t].en} had grown noticeably over the past year`,
    ru: (p) => `сотрудничество в сфере ${TOPICS[p.t].ru} за последний год заметно выросло`,
    ar: (p) => `التعاون في مجال ${TOPICS[p.t].ar} شهد نمواً ملحوظاً خلال العام الماضي`,
  },
  {
    en: (p) => `the volume of trade with ${COUNTRIES[p.c2].en} was still growing`,
    ru: (p) => `объём товарооборота с ${COUNTRIES[p.c2].ru[3]} всё ещё растёт`,
    ar: (p) => `حجم التبادل التجاري مع ${COUNTRIES[p.c2].ar} لا يزال ينمو`,
  },
  {
    en: (p) => `all the agreements reached in ${CITIES[p.city].en} would be implemented in full`,
    ru: (p) => `все договорённости, достигнутые ${CITIES[p.city].ru[1]}, будут выполнены в полном объёме`,
    ar: (p) => `جميع الاتفاقات التي تم التوصل إليها في ${CITIES[p.city].ar} ستُنفذ بالكامل`,
  },
  {
    en: (p) => `the next round of consultations would take place in ${MONTHS.en[p.nm]} ${p.ny}`,
    ru: (p) => `следующий раунд консультаций пройдёт в ${MONTHS.ruLoc[p.nm]} ${p.ny} года`,
    ar: (p) => `الجولة المقبلة من المشاورات ستُعقد في ${MONTHS.ar[p.nm]} ${p.ny}`,
  },
  {
    en: () => `both sides shared an interest in the stability of the region`,
    ru: () => `обе стороны заинтересованы в стабильности региона`,
    ar: () => `الطرفين يتشاركان الاهتمام باستقرار المنطقة`,
  },
  {
    en: (p) => `the new programme covered ${p.n} projects worth about ${p.m} million dollars`,
    ru: (p) => `новая программа охватывает ${p.n} ${ruPlural(p.n, 'проект', 'проекта', 'проектов')} на сумму около ${p.m} млн долларов`,
    ar: (p) => `البرنامج الجديد يشمل ${p.n} مشروعاً بقيمة تقارب ${p.m} مليون دولار`,
  },
  {
    en: () => `it was still too early to speak of final results`,
    ru: () => `говорить об окончательных итогах ещё рано`,
    ar: () => `الحديث عن نتائج نهائية لا يزال مبكراً`,
  },
  {
    en: () => `everything depended on the political will of the parties`,
    ru: () => `всё зависит от политической воли сторон`,
    ar: () => `كل شيء يتوقف على الإرادة السياسية للأطراف`,
  },
  {
    en: (p) => `more and more young specialists were choosing careers in ${TOPICS[p.t2].en}`,
    ru: (p) => `всё больше молодых специалистов выбирают работу в сфере ${TOPICS[p.t2].ru}`,
    ar: (p) => `عدداً متزايداً من الشباب يختارون العمل في مجال ${TOPICS[p.t2].ar}`,
  },
  {
    en: (p) => `${COUNTRIES[p.c].en} remained a reliable partner`,
    ru: (p) => `${COUNTRIES[p.c].ru[0]} остаётся надёжным партнёром`,
    ar: (p) => `${COUNTRIES[p.c].ar} تبقى شريكاً موثوقاً`,
  },
];

function say(lang, p) {
  const a = ACTORS[p.a],
    v = SAY[p.v];
  if (lang === 'en') return { who: a.en, verb: v.en };
  if (lang === 'ru') return { who: a.ru[0], verb: v.ru[RU_G[a.ru[1]]] };
  return { who: a.ar[0], verb: a.ar[1] === 'f' ? v.ar[1] : v.ar[0], that: v.ar[2] };
}

// Sentence templates. Each renders the same picks p in every language.
const SENTENCES = [
  {
    en: (p) => `${cap(ACTORS[p.a].en)} ${ACT[p.w].en} ${TOPICS[p.t].en} with colleagues from ${COUNTRIES[p.c2].en}.`,
    ru: (p) =>
      `${cap(ACTORS[p.a].ru[0])} ${ACT[p.w].ru[0][RU_G[ACTORS[p.a].ru[1]]]} ${ACT[p.w].ru[1]} ${TOPICS[p.t].ru} с коллегами из ${COUNTRIES[p.c2].ru[1]}.`,
    ar: (p) =>
      `و${ACT[p.w].ar[0][ACTORS[p.a].ar[1] === 'f' ? 1 : 0]} ${ACTORS[p.a].ar[0]} ${ACT[p.w].ar[1]} ${TOPICS[p.t].ar} مع مسؤولين من ${COUNTRIES[p.c2].ar}.`,
  },
  {
    en: (p) => {
      const s = say('en', p);
      return `${cap(s.who)} ${s.verb} that ${CLAUSES[p.k].en(p)}.`;
    },
    ru: (p) => {
      const s = say('ru', p);
      return `${cap(s.who)} ${s.verb}, что ${CLAUSES[p.k].ru(p)}.`;
    },
    ar: (p) => {
      const s = say('ar', p);
      return `و${s.verb} ${s.who} ${s.that} ${CLAUSES[p.k].ar(p)}.`;
    },
  },
  {
    en: (p) => {
      const s = say('en', p);
      return `As ${s.who} ${s.verb}, ${CLAUSES[p.k].en(p)}.`;
    },
    ru: (p) => {
      const s = say('ru', p);
      return `Как ${s.verb} ${s.who}, ${CLAUSES[p.k].ru(p)}.`;
    },
    ar: (p) => `وبحسب ${ACTORS[p.a].ar[0]}، فإن ${CLAUSES[p.k].ar(p)}.`,
  },
  {
    en: (p) => `The meeting in ${CITIES[p.city].en} took place on ${p.day} ${MONTHS.en[p.month]}.`,
    ru: (p) => `Встреча ${CITIES[p.city].ru[1]} состоялась ${p.day} ${MONTHS.ruGen[p.month]}.`,
    ar: (p) => `وعُقد الاجتماع في ${CITIES[p.city].ar} في ${p.day} ${MONTHS.ar[p.month]}.`,
  },
  {
    en: (p) => `The talks were also attended by representatives of ${COUNTRIES[p.c].en} and ${COUNTRIES[p.c2].en}.`,
    ru: (p) => `В переговорах также приняли участие представители ${COUNTRIES[p.c].ru[1]} и ${COUNTRIES[p.c2].ru[1]}.`,
    ar: (p) => `وشارك في المحادثات أيضاً ممثلون عن ${COUNTRIES[p.c].ar} و${COUNTRIES[p.c2].ar}.`,
  },
  {
    en: (p) => `In ${p.py}, trade between the two countries exceeded ${p.b} billion dollars.`,
    ru: (p) => `В ${p.py} году товарооборот между двумя странами превысил ${p.b} млрд долларов.`,
    ar: (p) => `وفي عام ${p.py}، تجاوز حجم التبادل التجاري بين البلدين ${p.b} مليار دولار.`,
  },
  {
    en: (p) => `Over the past year, investment in ${TOPICS[p.t].en} has increased by ${p.pct} percent.`,
    ru: (p) => `За последний год объём инвестиций в сферу ${TOPICS[p.t].ru} вырос на ${p.pct}%.`,
    ar: (p) => `وخلال العام الماضي، ارتفع حجم الاستثمارات في مجال ${TOPICS[p.t].ar} بنسبة ${p.pct} في المئة.`,
  },
  {
    en: (p) => `The agenda also included issues of ${TOPICS[p.t2].en}.`,
    ru: (p) => `На повестке дня также стояли вопросы ${TOPICS[p.t2].ru}.`,
    ar: (p) => `كما تضمن جدول الأعمال قضايا ${TOPICS[p.t2].ar}.`,
  },
  {
    en: (p) => `Analysts believe that ${CLAUSES[p.k].en(p)}.`,
    ru: (p) => `Аналитики полагают, что ${CLAUSES[p.k].ru(p)}.`,
    ar: (p) => `ويرى المحللون أن ${CLAUSES[p.k].ar(p)}.`,
  },
  {
    en: (p) => `The next meeting is expected to take place in ${CITIES[p.city2].en}.`,
    ru: (p) => `Следующую встречу планируется провести ${CITIES[p.city2].ru[1]}.`,
    ar: (p) => `ومن المتوقع أن يُعقد الاجتماع المقبل في ${CITIES[p.city2].ar}.`,
  },
  {
    en: (p) => `The sides signed a memorandum of understanding on ${TOPICS[p.t].en}.`,
    ru: (p) => `Стороны подписали меморандум о взаимопонимании в сфере ${TOPICS[p.t].ru}.`,
    ar: (p) => `ووقّع الجانبان مذكرة تفاهم في مجال ${TOPICS[p.t].ar}.`,
  },
  {
    en: () => `This is not the first such contact this year.`,
    ru: () => `Это уже не первый подобный контакт в этом году.`,
    ar: () => `ولا يُعد هذا اللقاء الأول من نوعه هذا العام.`,
  },
  {
    en: (p) => {
      const s = say('en', p);
      return `Earlier, ${s.who} ${s.verb} that ${CLAUSES[p.k].en(p)}.`;
    },
    ru: (p) => {
      const s = say('ru', p);
      return `Ранее ${s.who} ${s.verb}, что ${CLAUSES[p.k].ru(p)}.`;
    },
    ar: (p) => {
      const s = say('ar', p);
      return `وفي وقت سابق، ${s.verb} ${s.who} ${s.that} ${CLAUSES[p.k].ar(p)}.`;
    },
  },
  {
    en: (p) => `The talks were held behind closed doors and lasted about ${HOURS.en[p.h]} hours.`,
    ru: (p) => `Переговоры прошли за закрытыми дверями и продолжались около ${HOURS.ru[p.h]} часов.`,
    ar: (p) => `وجرت المحادثات خلف أبواب مغلقة واستمرت نحو ${HOURS.ar[p.h]}.`,
  },
  {
    en: () => `Experts note that bilateral trade is still below its potential.`,
    ru: () => `Эксперты отмечают, что объём двусторонней торговли пока ещё ниже потенциала.`,
    ar: () => `ويشير الخبراء إلى أن حجم التجارة الثنائية لا يزال دون الإمكانات المتاحة.`,
  },
  {
    // A sentence with full tashkeel in Arabic.
    en: () => `The official spokesman said that the dialogue would continue.`,
    ru: () => `Официальный представитель сообщил, что диалог продолжится.`,
    ar: () => `وَقَالَ الْمُتَحَدِّثُ الرَّسْمِيُّ إِنَّ الْحِوَارَ سَيَسْتَمِرُّ.`,
  },
  {
    en: () => `The final statement says that the "strategic partnership" between the two countries is growing stronger.`,
    ru: () => `В итоговом заявлении говорится, что «стратегическое партнёрство» двух стран укрепляется.`,
    ar: () => `وأكد البيان الختامي أن «الشَّرَاكَةَ الاسْتِرَاتِيجِيَّةَ» بين البلدين تتعزز.`,
  },
  {
    en: (p) => `Particular attention was paid to transport corridors between ${COUNTRIES[p.c].en} and ${COUNTRIES[p.c2].en}.`,
    ru: (p) => `Особое внимание было уделено развитию транспортных коридоров между ${COUNTRIES[p.c].ru[3]} и ${COUNTRIES[p.c2].ru[3]}.`,
    ar: (p) => `وأولي اهتمام خاص لتطوير ممرات النقل بين ${COUNTRIES[p.c].ar} و${COUNTRIES[p.c2].ar}.`,
  },
  {
    en: (p) => `Central Asia remains a priority for ${COUNTRIES[p.c].en}.`,
    ru: (p) => `Центральная Азия остаётся приоритетом для ${COUNTRIES[p.c].ru[1]}.`,
    ar: (p) => `وتبقى آسيا الوسطى أولوية بالنسبة إلى ${COUNTRIES[p.c].ar}.`,
  },
  {
    en: (p) => `The forum brought together more than ${p.people} participants from ${p.k5} countries.`,
    ru: (p) => `Форум собрал более ${p.people} участников из ${p.k5} стран.`,
    ar: (p) => `وجمع المنتدى أكثر من ${p.people} مشارك من ${p.k5} دولة.`,
  },
  {
    en: () => `The delegation has completed its visit; its programme included meetings with business and religious leaders.`,
    ru: () => `Делегация завершила визит; её программа включала встречи с представителями деловых и религиозных кругов.`,
    ar: () => `واختتم الوفد زيارته التي شمل برنامجها لقاءات مع ممثلي الأوساط التجارية والدينية.`,
  },
  {
    en: (p) => `The Arabic version of the joint report will be published in ${CITIES[p.city2].en}.`,
    ru: (p) => `Арабская версия совместного доклада будет опубликована ${CITIES[p.city2].ru[1]}.`,
    ar: (p) => `وستُنشر النسخة العربية من التقرير المشترك في ${CITIES[p.city2].ar}.`,
  },
];

const TITLES = [
  {
    en: (p) => `${cap(COUNTRIES[p.c].en)} and ${COUNTRIES[p.c2].en} discuss cooperation in ${TOPICS[p.t].en}`,
    ru: (p) => `${COUNTRIES[p.c].ru[0]} и ${COUNTRIES[p.c2].ru[0]} обсудили сотрудничество в сфере ${TOPICS[p.t].ru}`,
    ar: (p) => `${COUNTRIES[p.c].ar} و${COUNTRIES[p.c2].ar} تبحثان التعاون في مجال ${TOPICS[p.t].ar}`,
  },
  {
    en: (p) => `${CITIES[p.city].en} hosts a forum on ${TOPICS[p.t].en}`,
    ru: (p) => `${CITIES[p.city].ru[0]} принимает форум по вопросам ${TOPICS[p.t].ru}`,
    ar: (p) => `${CITIES[p.city].ar} تستضيف منتدى حول ${TOPICS[p.t].ar}`,
  },
  {
    en: (p) => `Memorandum on ${TOPICS[p.t].en} signed in ${CITIES[p.city].en}`,
    ru: (p) => `${cap(CITIES[p.city].ru[1])} подписан меморандум о сотрудничестве в сфере ${TOPICS[p.t].ru}`,
    ar: (p) => `توقيع مذكرة تفاهم في مجال ${TOPICS[p.t].ar} في ${CITIES[p.city].ar}`,
  },
  {
    en: (p) => `Trade between ${COUNTRIES[p.c].en} and ${COUNTRIES[p.c2].en} grows by ${p.pct}%`,
    ru: (p) => `Товарооборот ${COUNTRIES[p.c].ru[1]} и ${COUNTRIES[p.c2].ru[1]} вырос на ${p.pct}%`,
    ar: (p) => `التبادل التجاري بين ${COUNTRIES[p.c].ar} و${COUNTRIES[p.c2].ar} ينمو بنسبة ${p.pct}%`,
  },
  {
    en: (p) => `Delegation from ${COUNTRIES[p.c].en} holds talks in ${CITIES[p.city].en}`,
    ru: (p) => `Делегация ${COUNTRIES[p.c].ru[1]} провела переговоры ${CITIES[p.city].ru[1]}`,
    ar: (p) => `وفد من ${COUNTRIES[p.c].ar} يجري محادثات في ${CITIES[p.city].ar}`,
  },
  {
    en: (p) => `Experts in ${CITIES[p.city].en} assess the prospects of ${TOPICS[p.t].en}`,
    ru: (p) => `Эксперты ${CITIES[p.city].ru[1]} оценили перспективы ${TOPICS[p.t].ru}`,
    ar: (p) => `خبراء في ${CITIES[p.city].ar} يقيّمون آفاق ${TOPICS[p.t].ar}`,
  },
];

// Normalise every literal once (the loader reads text as NFC; tashkeel order matters).
function nfcDeep(v) {
  if (typeof v === 'string') return v.normalize('NFC');
  if (Array.isArray(v)) return v.map(nfcDeep);
  if (v && typeof v === 'object') {
    for (const k of Object.keys(v)) v[k] = nfcDeep(v[k]);
    return v;
  }
  return v;
}
for (const table of [COUNTRIES, CITIES, TOPICS, ACTORS, SAY, ACT, MONTHS, HOURS, QUOTES, HEADINGS, MARK, SOURCES, AUTHORS, IMAGE_TEXT])
  nfcDeep(table);
// Template literals inside functions are normalised when each file is assembled (see renderFile).

// ---------------------------------------------------------------- dates

// Local (+03:00) midnight of 2016-11-01, expressed as a UTC-based wall clock.
const WALL_START = Date.UTC(2016, 10, 1);
const WALL_END = Date.UTC(2026, 10, 1);
const DAYS = Math.round((WALL_END - WALL_START) / 86400000); // 3652

const pad2 = (n) => (n < 10 ? '0' : '') + n;
/** `wall` is the local wall-clock time encoded as UTC milliseconds. */
function isoLocal(wall) {
  const d = new Date(wall);
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}T${pad2(d.getUTCHours())}:${pad2(d.getUTCMinutes())}:00+03:00`;
}

// ---------------------------------------------------------------- images

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A small RGB PNG of diagonal stripes in two colours. */
function stripesPng(w, h, a, b, period) {
  const raw = Buffer.alloc((w * 3 + 1) * h);
  let o = 0;
  for (let y = 0; y < h; y++) {
    raw[o++] = 0; // filter: none
    for (let x = 0; x < w; x++) {
      const c = Math.floor((x + y) / period) % 2 ? b : a;
      raw[o++] = c[0];
      raw[o++] = c[1];
      raw[o++] = c[2];
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

let IMAGES; // built on first use
function images() {
  IMAGES ??= [
    stripesPng(320, 180, [0x13, 0x24, 0x3f], [0xd9, 0xb7, 0x7e], 24),
    stripesPng(320, 180, [0x1f, 0x7a, 0x7a], [0xf4, 0xec, 0xd8], 16),
    stripesPng(320, 180, [0x2f, 0x7d, 0x4f], [0xd4, 0xa9, 0x3c], 32),
    stripesPng(320, 180, [0xc8, 0x37, 0x2d], [0xfb, 0xfa, 0xf6], 20),
  ];
  return IMAGES;
}

// ---------------------------------------------------------------- stories

const q = (s) => JSON.stringify(s);

/** Picks for one sentence: every slot any template may use. */
function picks(rng, story) {
  let c2 = int(rng, COUNTRIES.length);
  if (c2 === story.c) c2 = (c2 + 1) % COUNTRIES.length;
  const ahead = story.month + 1 + int(rng, 3); // a month 1–3 months later
  return {
    s: int(rng, SENTENCES.length),
    a: int(rng, ACTORS.length),
    v: int(rng, SAY.length),
    w: int(rng, ACT.length),
    k: int(rng, CLAUSES.length),
    t: rng() < 0.6 ? story.t : int(rng, TOPICS.length),
    t2: int(rng, TOPICS.length),
    c: story.c,
    c2,
    city: rng() < 0.7 ? story.city : int(rng, CITIES.length),
    city2: int(rng, CITIES.length),
    day: story.day,
    month: story.month,
    nm: ahead % 12,
    ny: story.year + Math.floor(ahead / 12),
    py: story.year - 1,
    n: 12 + int(rng, 87),
    m: 11 + int(rng, 89),
    b: 11 + int(rng, 80),
    pct: 3 + int(rng, 45),
    h: int(rng, HOURS.en.length),
    people: 100 * (3 + int(rng, 28)),
    k5: 5 * (4 + int(rng, 13)),
  };
}

function words(s) {
  let n = 0,
    inWord = false;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    const space = ch === 32 || ch === 10;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/**
 * One story: metadata and, for each present locale, the file text. The body
 * is a shared plan of paragraphs rendered per language; each translation
 * stops once it reaches its own target length, so lengths vary per locale.
 */
function makeStory(i, seedHash, flags, width) {
  const rng = mulberry32(hash32(`${seedHash}:${i}`));
  const locales = flags.locales;

  // Dates: stratified over ten years so any N spans the whole range.
  const day = Math.min(DAYS - 1, Math.floor(((i + rng()) / flags.n) * DAYS));
  const hour = 7 + int(rng, 16);
  const minute = int(rng, 12) * 5;
  const wall = WALL_START + day * 86400000 + (hour * 60 + minute) * 60000;
  const d = new Date(wall);
  const date = isoLocal(wall);
  const updated = rng() < 0.12 ? isoLocal(wall + (1 + int(rng, 47)) * 3600000) : undefined;

  const story = {
    c: int(rng, COUNTRIES.length),
    t: int(rng, TOPICS.length),
    city: int(rng, CITIES.length),
    day: d.getUTCDate(),
    month: d.getUTCMonth(),
    year: d.getUTCFullYear(),
  };
  const id = `synthetic-${String(i).padStart(width, '0')}-${TOPICS[story.t].slug}`;

  // Tags: 1–3 distinct ids, in tags.yaml order.
  const nTags = 1 + int(rng, 3);
  const tagSet = new Set();
  while (tagSet.size < Math.min(nTags, flags.tagIds.length)) tagSet.add(int(rng, flags.tagIds.length));
  const tags = [...tagSet].sort((x, y) => x - y).map((k) => flags.tagIds[k]);

  const source = rng() < 0.35 ? { s: int(rng, SOURCES.length), url: rng() < 0.3 } : undefined;
  const author = rng() < 0.2 ? int(rng, AUTHORS.length) : undefined;
  const titleP = picks(rng, story);
  titleP.ti = int(rng, TITLES.length);
  const summaryP = picks(rng, story);
  summaryP.s = 0;

  // Target length per translation: 400–720 words before the last paragraph (≈ 400–800 after).
  const base = 400 + Math.floor(320 * ((rng() + rng()) / 2));
  const target = {};
  for (const l of LOCALES) target[l] = Math.max(400, Math.min(720, Math.round(base * (0.88 + 0.24 * rng()))));

  const parts = { ar: [], ru: [], en: [] };
  const count = { ar: 0, ru: 0, en: 0 };
  const add = (l, text) => {
    parts[l].push(text);
    count[l] += words(text);
  };
  const active = locales.filter(Boolean);
  // The first paragraph: the synthetic marker (and the draft canary), then two sentences.
  const leadP = picks(rng, story);
  leadP.s = 3;
  const lead2 = picks(rng, story);
  lead2.s = 0;
  for (const l of active) {
    const lead = flags.draft ? `${MARK.draft[l]} ${MARK.lead[l]}` : MARK.lead[l];
    add(l, `${lead} ${SENTENCES[leadP.s][l](leadP)} ${SENTENCES[lead2.s][l](lead2)}`);
  }

  let headings = 0,
    quotes = 0,
    p = 0;
  while (active.some((l) => count[l] < target[l])) {
    p++;
    let heading;
    if (p >= 2 && headings < 2 && rng() < 0.18) heading = HEADINGS[int(rng, HEADINGS.length)];
    let quote;
    if (p >= 2 && quotes < 2 && rng() < 0.12) quote = { q: int(rng, QUOTES.length), ...picks(rng, story) };
    const n = 3 + int(rng, 4);
    const sentences = [];
    let last = -1;
    for (let k = 0; k < n; k++) {
      const sp = picks(rng, story);
      if (sp.s === last) sp.s = (sp.s + 1) % SENTENCES.length;
      last = sp.s;
      sentences.push(sp);
    }
    if (heading) headings++;
    if (quote) quotes++;
    for (const l of active) {
      if (count[l] >= target[l]) continue;
      if (heading) add(l, `## ${heading[l]}`);
      let para = '';
      for (const sp of sentences) para += (para ? ' ' : '') + SENTENCES[sp.s][l](sp);
      add(l, para);
      if (quote) {
        const s = say(l, quote);
        const text = QUOTES[quote.q][l];
        if (l === 'en') add(l, `> "${text}," ${s.who} ${s.verb}.`);
        else if (l === 'ru') add(l, `> «${text}», — ${s.verb} ${s.who}.`);
        else add(l, `> «${text}»، ${s.verb} ${s.who}.`);
      }
    }
  }

  const files = [];
  for (const l of active) {
    let title = `${MARK.title[l]} ${TITLES[titleP.ti][l](titleP)}`;
    if (flags.draft) title = `${MARK.title[l]} DRAFTCANARY ${TITLES[titleP.ti][l](titleP)}`;
    let summary = `${flags.draft ? 'DRAFTCANARY. ' : ''}${MARK.summary[l]} ${SENTENCES[summaryP.s][l](summaryP)}`;
    if ([...summary].length > SUMMARY_MAX) summary = `${flags.draft ? 'DRAFTCANARY. ' : ''}${MARK.summary[l]}`;

    let fm = `---\ntitle: ${q(title)}\nsummary: ${q(summary)}\ndate: ${q(date)}\n`;
    if (updated) fm += `updated: ${q(updated)}\n`;
    fm += 'tags:\n';
    for (const t of tags) fm += `  - ${t}\n`;
    if (flags.image !== undefined) {
      fm += `image:\n  src: ./cover.png\n  alt: ${q(IMAGE_TEXT.alt[l])}\n  credit: ${q(IMAGE_TEXT.credit[l])}\n`;
    }
    if (source) {
      fm += `source:\n  name: ${q(SOURCES[source.s][l])}\n`;
      if (source.url) fm += `  url: ${q(`https://example.org/synthetic/${id}`)}\n`;
    }
    if (author !== undefined) fm += `author: ${q(AUTHORS[author][l])}\n`;
    if (flags.draft) fm += 'draft: true\n';
    fm += '---\n\n';
    const text = (fm + parts[l].join('\n\n') + '\n\n' + MARK.end[l] + '\n').normalize('NFC');
    files.push([l, text]);
  }
  return { id, files, image: flags.image };
}

// ---------------------------------------------------------------- main

function quota(n, share) {
  const k = Math.round(n * share);
  return n >= 20 ? Math.max(1, k) : k;
}

/** Written into every corpus root; --force deletes only a directory that has it. */
const MARKER = '.synthetic-corpus';
const MARKER_TEXT = 'A synthetic test corpus written by scripts/tools/corpus.mjs. --force may delete this directory.\n';
/** Everything a corpus root may contain at its top level. */
const CORPUS_ENTRIES = new Set([MARKER, 'tags.yaml', 'pages', 'articles']);

/**
 * Why --force must not delete `dir`, or undefined. Only a directory that this
 * script wrote (it holds the marker file and nothing but a corpus) is ever
 * deleted: never /tmp, a home folder, the repository or anything else that
 * merely happens to be non-empty.
 */
export function refuseForce(dir) {
  const real = (p) => {
    try {
      return fs.realpathSync(p);
    } catch {
      return path.resolve(p);
    }
  };
  const target = real(dir);
  const never = [path.parse(target).root, os.homedir(), real(os.tmpdir()), '/tmp', process.cwd(), REPO_ROOT, REAL_CONTENT].map(real);
  if (never.includes(target)) return `refusing to delete ${target}`;
  for (const p of never) {
    if (p.startsWith(target + path.sep)) return `refusing to delete ${target}: it contains ${p}`;
  }
  if (fs.lstatSync(dir).isSymbolicLink()) return `refusing to delete ${dir}: it is a symbolic link`;
  const foreign = fs.readdirSync(target).filter((n) => !CORPUS_ENTRIES.has(n));
  if (!fs.existsSync(path.join(target, MARKER)) || foreign.length > 0) {
    const what = foreign.length
      ? ` (it holds ${foreign
          .slice(0, 3)
          .map((n) => JSON.stringify(n))
          .join(', ')}${foreign.length > 3 ? ', …' : ''})`
      : '';
    return `refusing to delete ${target}: it does not look like a corpus written by this script${what}; delete it yourself or choose another --out`;
  }
  return undefined;
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  let deleteSeconds = 0;
  const out = path.resolve(opts.out);

  let stat;
  try {
    stat = fs.statSync(out);
  } catch {
    stat = undefined;
  }
  if (stat && !stat.isDirectory()) {
    process.stderr.write(`corpus: ${out} exists and is not a directory\n`);
    process.exit(1);
  }
  if (stat && fs.readdirSync(out).length > 0) {
    if (!opts.force) {
      process.stderr.write(
        `corpus: ${out} is not empty; choose another --out, or pass --force to replace a corpus written by this script\n`,
      );
      process.exit(1);
    }
    const why = refuseForce(out);
    if (why) {
      process.stderr.write(`corpus: ${why}\n`);
      process.exit(1);
    }
    const t0 = process.hrtime.bigint();
    fs.rmSync(out, { recursive: true, force: true });
    deleteSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
  }
  const started = process.hrtime.bigint();

  const tagsYaml = fs.readFileSync(path.join(REAL_CONTENT, 'tags.yaml'));
  const tagIds = [...tagsYaml.toString('utf8').matchAll(/^([a-z0-9]+(?:-[a-z0-9]+)*)\s*:/gm)].map((m) => m[1]);
  if (tagIds.length === 0) {
    process.stderr.write(`corpus: no tag ids found in ${path.join(REAL_CONTENT, 'tags.yaml')}\n`);
    process.exit(1);
  }

  const N = opts.stories;
  const seedHash = hash32(`corpus:${opts.seed}`);
  const width = Math.max(6, String(N - 1).length);

  // Which stories are drafts, lack one locale, exist in one locale only, have a cover.
  const g = mulberry32(hash32(`${seedHash}:plan`));
  const perm = shuffled(g, N);
  const nLackOne = quota(N, 0.1);
  const nOneOnly = quota(N, 0.03);
  const lack = new Map(); // index -> locales present
  for (let k = 0; k < nLackOne && k < N; k++) {
    const drop = int(g, 3);
    lack.set(
      perm[k],
      LOCALES.map((l, j) => (j === drop ? null : l)),
    );
  }
  for (let k = nLackOne; k < nLackOne + nOneOnly && k < N; k++) {
    const keep = int(g, 3);
    lack.set(
      perm[k],
      LOCALES.map((l, j) => (j === keep ? l : null)),
    );
  }
  const drafts = new Set(shuffled(g, N).slice(0, quota(N, 0.01)));
  const withImage = new Map(
    shuffled(g, N)
      .slice(0, quota(N, 0.05))
      .map((i) => [i, int(g, 4)]),
  );

  let bytes = 0,
    translations = 0,
    imagesWritten = 0;
  const perLocale = { ar: 0, ru: 0, en: 0 };
  const write = (file, data) => {
    fs.writeFileSync(file, data);
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  };

  fs.mkdirSync(path.join(out, 'articles'), { recursive: true });
  write(path.join(out, MARKER), MARKER_TEXT);
  write(path.join(out, 'tags.yaml'), tagsYaml);
  const aboutDir = path.join(out, 'pages', 'about');
  fs.mkdirSync(aboutDir, { recursive: true });
  for (const l of LOCALES) {
    const a = ABOUT[l];
    write(path.join(aboutDir, `${l}.md`), `---\ntitle: ${q(a.title)}\nsummary: ${q(a.summary)}\n---\n\n${a.body}\n`.normalize('NFC'));
  }

  const articles = path.join(out, 'articles');
  const flags = { n: N, tagIds, locales: LOCALES, draft: false, image: undefined };
  for (let i = 0; i < N; i++) {
    flags.locales = lack.get(i) ?? LOCALES;
    flags.draft = drafts.has(i);
    flags.image = withImage.get(i);
    const s = makeStory(i, seedHash, flags, width);
    const dir = path.join(articles, s.id);
    fs.mkdirSync(dir);
    for (const [l, text] of s.files) {
      write(path.join(dir, `${l}.md`), text);
      translations++;
      perLocale[l]++;
    }
    if (s.image !== undefined) {
      write(path.join(dir, 'cover.png'), images()[s.image]);
      imagesWritten++;
    }
  }

  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const mib = (bytes / 1048576).toFixed(1);
  process.stdout.write(
    `corpus: ${N} stories, ${translations} translations (ar ${perLocale.ar}, ru ${perLocale.ru}, en ${perLocale.en}), ` +
      `${drafts.size} draft${drafts.size === 1 ? '' : 's'}, ${lack.size} stories missing translations (${Math.min(nLackOne, N)} lack one locale, ` +
      `${Math.max(0, Math.min(nOneOnly, N - nLackOne))} in one locale only), ${imagesWritten} images, ` +
      `${bytes} bytes (${mib} MiB), ${seconds.toFixed(2)} s` +
      `${deleteSeconds ? ` (+ ${deleteSeconds.toFixed(2)} s deleting the old corpus)` : ''} -> ${out}\n`,
  );
}

// Run only as a program; importing the module (tests) has no side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) main();
