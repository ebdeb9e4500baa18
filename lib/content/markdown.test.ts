/**
 * Tests of renderMarkdown(body, resolveImage): GFM, sanitization of raw HTML
 * and dangerous URLs, id prefixing, external links, local images.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderMarkdown, nestingDepth, MAX_NESTING } from './markdown';

const noImages = () => undefined;
const render = (md: string) => renderMarkdown(md, noImages);

/** Asserts that none of the patterns occurs in the HTML. */
function refuses(html: string, ...patterns: RegExp[]) {
  for (const p of patterns) assert.doesNotMatch(html, p, `${p} found in:\n${html}`);
}

test('GFM table renders', () => {
  const html = render('| Country | Capital |\n|---|---|\n| Kazakhstan | Astana |');
  assert.match(html, /<table>/);
  assert.match(html, /<th>Country<\/th>/);
  assert.match(html, /<td>Astana<\/td>/);
});

test('GFM strikethrough, autolinks and task lists render', () => {
  const html = render('~~old~~ https://example.com\n\n- [x] done');
  assert.match(html, /<del>old<\/del>/);
  assert.match(html, /<a href="https:\/\/example\.com"[^>]*>https:\/\/example\.com<\/a>/);
  assert.match(html, /<input[^>]*type="checkbox"[^>]*>/);
});

test('raw <script> is stripped with its content', () => {
  const html = render('Before\n\n<script>alert(1)</script>\n\nAfter <script>alert(2)</script>');
  refuses(html, /<script/i, /alert/);
  assert.match(html, /Before/);
  assert.match(html, /After/);
});

test('event handler attributes (onerror=, onclick=) are stripped', () => {
  const html = render('<img src="x.png" onerror="alert(1)"> <p onclick="alert(2)">t</p> <a href="https://e.com" onmouseover="alert(3)">l</a>');
  refuses(html, /\bon[a-z]+=/i, /alert/);
});

test('<iframe srcdoc> is stripped', () => {
  const html = render('<iframe srcdoc="<script>alert(1)</script>" src="https://evil.example/"></iframe>');
  refuses(html, /<iframe/i, /srcdoc/i, /alert/, /evil\.example/);
});

test('<svg><script> is stripped', () => {
  const html = render('<svg onload="alert(1)"><script>alert(2)</script><a xlink:href="javascript:alert(3)">x</a></svg>');
  refuses(html, /<svg/i, /<script/i, /alert/, /javascript:/i);
});

test('javascript: links are stripped, in Markdown and in raw HTML, whatever the case', () => {
  const html = render(
    '[a](javascript:alert(1)) [b](JavaScript:alert(2)) <a href="javascript:alert(3)">c</a> <a href="JAVASCRIPT:alert(4)">d</a>',
  );
  refuses(html, /javascript/i, /href=/);
  assert.match(html, /<a>a<\/a>/);
});

test('jAva&#x09;script: links (entity-encoded tab) are stripped', () => {
  const html = render('[a](jAva&#x09;script:alert(1)) <a href="jAva&#x09;script:alert(2)">b</a> <a href="jav&#x61;script:alert(3)">c</a>');
  refuses(html, /script:/i, /script%3A/i, /href=/, /alert/);
});

test('data: URLs in links and images are stripped', () => {
  const html = render(
    '[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) <a href="data:text/html,<script>alert(1)</script>">b</a> ![c](data:image/svg+xml;base64,PHN2Zz4=)',
  );
  refuses(html, /data:/i, /href=/, /src=/);
});

test('vbscript: and other unknown protocols are stripped; http, https and mailto stay', () => {
  const html = render('[a](vbscript:msgbox) [b](file:///etc/passwd) [c](https://e.com/) [d](http://e.com/) [e](mailto:desk@example.com)');
  refuses(html, /vbscript/i, /file:/);
  assert.match(html, /href="https:\/\/e\.com\/"/);
  assert.match(html, /href="http:\/\/e\.com\/"/);
  assert.match(html, /href="mailto:desk@example\.com"/);
});

test('<base> is stripped', () => {
  refuses(render('<base href="https://evil.example/">\n\n[x](/ru)'), /<base/i, /evil\.example/);
});

test('<meta http-equiv=refresh> is stripped', () => {
  refuses(render('<meta http-equiv="refresh" content="0;url=https://evil.example/">'), /<meta/i, /refresh/i, /evil\.example/);
});

test('<form> (and its action) is stripped', () => {
  const html = render('<form action="https://evil.example/" method="post"><input name="password" type="password"><button formaction="https://evil.example/">Go</button></form>');
  refuses(html, /<form/i, /action=/i, /evil\.example/, /type="password"/, /<button/i);
});

test('style= attributes and <style> elements are stripped', () => {
  const html = render('<p style="position:fixed;top:0">t</p>\n\n<style>body{display:none}</style>\n\n<span style="color:red">s</span>');
  refuses(html, /<style/i, /\sstyle=/i);
  assert.match(html, /<p>t<\/p>/);
  assert.match(html, /<span>s<\/span>/);
});

test('<object>, <embed> and <link> are stripped', () => {
  const html = render('<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf"><link rel="stylesheet" href="https://evil.example/x.css">');
  refuses(html, /<object/i, /<embed/i, /<link/i, /evil\.example/);
});

test('heading ids from raw HTML are prefixed user-content-', () => {
  const html = render('<h2 id="comments">Comments</h2>\n\n<a name="top">x</a>');
  assert.match(html, /<h2 id="user-content-comments">Comments<\/h2>/);
  assert.match(html, /name="user-content-top"/);
  refuses(html, /id="comments"/, /name="top"/);
});

test('footnote ids are prefixed user-content-', () => {
  const html = render('Astana is the capital.[^src]\n\n[^src]: Constitution of Kazakhstan.');
  const ids = [...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!);
  assert.ok(ids.length >= 3, html);
  for (const id of ids) assert.match(id, /^user-content-/);
});

test('footnote links point at ids that exist (each #fragment has a matching id)', () => {
  const html = render('Astana is the capital.[^src]\n\n[^src]: Constitution of Kazakhstan.');
  const ids = new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
  const targets = [...html.matchAll(/\shref="#([^"]*)"/g)].map((m) => m[1]!);
  assert.ok(targets.length >= 2, html);
  for (const t of targets) assert.ok(ids.has(t), `href="#${t}" has no element with that id in:\n${html}`);
  // aria-describedby must name an existing id too.
  for (const m of html.matchAll(/aria-describedby="([^"]*)"/g)) assert.ok(ids.has(m[1]!), `aria-describedby="${m[1]}"`);
});

test('external links get rel="noopener noreferrer"; site-relative links do not', () => {
  const html = render('[TASS](https://tass.com/politics) [home](/ru) <a href="http://example.com/">raw</a>');
  assert.match(html, /<a href="https:\/\/tass\.com\/politics" rel="noopener noreferrer">TASS<\/a>/);
  assert.match(html, /<a href="http:\/\/example\.com\/" rel="noopener noreferrer">raw<\/a>/);
  assert.match(html, /<a href="\/ru">home<\/a>/);
});

test('a raw link cannot override rel or open a window without noopener', () => {
  const html = render('<a href="https://evil.example/" rel="opener" target="_blank">x</a>');
  assert.match(html, /rel="noopener noreferrer"/);
  refuses(html, /rel="opener"/);
});

test('a relative image ./a.png is mapped through resolveImage', () => {
  const asked: string[] = [];
  const html = renderMarkdown('![Map](./a.png) ![Photo](b.jpg)', (file) => {
    asked.push(file);
    return `/media/kazakhstan-talks/${file}`;
  });
  assert.deepEqual(asked, ['a.png', 'b.jpg']);
  assert.match(html, /<img src="\/media\/kazakhstan-talks\/a\.png" alt="Map"/);
  assert.match(html, /<img src="\/media\/kazakhstan-talks\/b\.jpg" alt="Photo"/);
});

test('an image resolveImage does not know loses its src; absolute images are left alone', () => {
  const asked: string[] = [];
  const html = renderMarkdown('![gone](./missing.png) ![abs](https://cdn.example/x.png)', (file) => {
    asked.push(file);
    return undefined;
  });
  assert.deepEqual(asked, ['missing.png']);
  assert.match(html, /<img alt="gone">/);
  assert.match(html, /<img src="https:\/\/cdn\.example\/x\.png" alt="abs">/);
});

test('nestingDepth counts > markers; a body nested MAX_NESTING deep renders every level', () => {
  const html = renderMarkdown(`${'> '.repeat(MAX_NESTING)}Deep.`, () => undefined);
  assert.equal(html.match(/<blockquote>/g)?.length, MAX_NESTING);
  assert.match(html, /<p>Deep\.<\/p>/);
  assert.equal(nestingDepth('plain'), 0);
  assert.equal(nestingDepth('> > quote'), 2);
  assert.equal(nestingDepth('>>>'), 3);
  assert.equal(nestingDepth('- item\n  - sub'), 1);
});

test('markdownToText: the words of a body, without markup, raw HTML or code blocks', async () => {
  const { markdownToText } = await import('./markdown');
  const body = '## Heading\n\nOne **two** & [three](https://x.example)\n\n- four\n- five\n\n| a | b |\n|---|---|\n| six | seven |\n\n<script>alert(1)</script>\n\n```\ncode()\n```\n\n> quote `x`\n';
  assert.equal(markdownToText(body), 'Heading One two & three four five a b six seven quote x');
  // Inline HTML tags go, their text stays; images, entities, breaks, strikethrough, nested lists.
  const inline = 'A <b>bold</b> ~~old~~ word&nbsp;&amp; ![alt text](./x.png)line  \nnext\\\nend\n\n1. one\n   - two\n\n---\n\n    indented code\n\nأعمالُ **الشغب**';
  assert.equal(markdownToText(inline), 'A bold old word & line next end one two أعمالُ الشغب');
});
