/**
 * Validates a urlset against the sitemaps.org schema that the `sitemap`
 * package ships (node_modules/sitemap/schema/sitemap.xsd) with `xmllint`
 * (Debian: libxml2-utils).
 *
 * That schema admits foreign elements (`xhtml:link`, `news:news`) only if
 * their own schemas are loaded, and the package's all.xsd fetches those from
 * the network. Offline stand-ins for the two namespaces we use are declared
 * here instead: the XHTML `link` attributes of hreflang alternates, and the
 * Google News 0.9 `news` element as Google's sitemap-news.xsd defines it.
 */
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const XS = 'http://www.w3.org/2001/XMLSchema';

const XHTML_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="${XS}" targetNamespace="http://www.w3.org/1999/xhtml" elementFormDefault="qualified">
  <xs:element name="link">
    <xs:complexType>
      <xs:attribute name="rel" type="xs:string" use="required"/>
      <xs:attribute name="hreflang" type="xs:language" use="required"/>
      <xs:attribute name="href" type="xs:anyURI" use="required"/>
    </xs:complexType>
  </xs:element>
</xs:schema>`;

const NEWS_XSD = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="${XS}" targetNamespace="http://www.google.com/schemas/sitemap-news/0.9"
  xmlns="http://www.google.com/schemas/sitemap-news/0.9" elementFormDefault="qualified">
  <xs:element name="news">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="publication">
          <xs:complexType>
            <xs:sequence>
              <xs:element name="name" type="xs:string"/>
              <xs:element name="language">
                <xs:simpleType>
                  <xs:restriction base="xs:language"><xs:pattern value="zh-cn|zh-tw|([a-z]{2,3})"/></xs:restriction>
                </xs:simpleType>
              </xs:element>
            </xs:sequence>
          </xs:complexType>
        </xs:element>
        <xs:element name="access" minOccurs="0" type="xs:string"/>
        <xs:element name="genres" minOccurs="0" type="xs:string"/>
        <xs:element name="publication_date">
          <xs:simpleType><xs:union memberTypes="xs:date xs:dateTime"/></xs:simpleType>
        </xs:element>
        <xs:element name="title" type="xs:string"/>
        <xs:element name="keywords" minOccurs="0" type="xs:string"/>
        <xs:element name="stock_tickers" minOccurs="0" type="xs:string"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>`;

function schemaDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sitemap-xsd-'));
  const sitemapXsd = path.resolve('node_modules/sitemap/schema/sitemap.xsd');
  fs.writeFileSync(path.join(dir, 'xhtml.xsd'), XHTML_XSD);
  fs.writeFileSync(path.join(dir, 'news.xsd'), NEWS_XSD);
  fs.writeFileSync(
    path.join(dir, 'all.xsd'),
    `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="${XS}" elementFormDefault="qualified">
  <xs:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" schemaLocation="${sitemapXsd}"/>
  <xs:import namespace="http://www.w3.org/1999/xhtml" schemaLocation="xhtml.xsd"/>
  <xs:import namespace="http://www.google.com/schemas/sitemap-news/0.9" schemaLocation="news.xsd"/>
</xs:schema>`,
  );
  return dir;
}

/** Whether `xmllint` and the package's schema are there (else validation is skipped). */
export function canValidateSitemaps(): boolean {
  if (!fs.existsSync('node_modules/sitemap/schema/sitemap.xsd')) return false;
  try {
    execFileSync('xmllint', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Resolves when `xml` is a valid urlset; rejects with xmllint's complaints. */
export function validateUrlset(xml: string): Promise<void> {
  const dir = schemaDir();
  return new Promise<void>((resolve, reject) => {
    const child = execFile('xmllint', ['--noout', '--nonet', '--schema', path.join(dir, 'all.xsd'), '-'], (error, _stdout, stderr) => {
      fs.rmSync(dir, { recursive: true, force: true });
      if (error) reject(new Error(`sitemap is not valid:\n${stderr}`));
      else resolve();
    });
    child.stdin!.end(xml);
  });
}
