/** What a first visit downloads, by type, as the browser received it (raw) and gzipped at level 9. */
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';

export interface ByteRow {
  type: string;
  files: number;
  raw: number;
  gzip: number;
}

export async function firstLoadBytes(browser: Browser, url: string): Promise<ByteRow[]> {
  const page = await browser.newPage({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  const bodies: Promise<{ type: string; body: Buffer }>[] = [];
  page.on('response', (response) => {
    if (response.status() !== 200) return;
    const type = response.request().resourceType();
    bodies.push(
      response.body().then(
        (body) => ({ type, body }),
        () => ({ type, body: Buffer.alloc(0) }),
      ),
    );
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  const rows = new Map<string, ByteRow>();
  for (const { type, body } of await Promise.all(bodies)) {
    const row = rows.get(type) ?? { type, files: 0, raw: 0, gzip: 0 };
    row.files++;
    row.raw += body.length;
    row.gzip += gzipSync(body, { level: 9 }).length;
    rows.set(type, row);
  }
  await page.close();
  const all = [...rows.values()].sort((a, b) => b.gzip - a.gzip);
  return [
    ...all,
    all.reduce((t, r) => ({ type: 'total', files: t.files + r.files, raw: t.raw + r.raw, gzip: t.gzip + r.gzip }), {
      type: 'total',
      files: 0,
      raw: 0,
      gzip: 0,
    }),
  ];
}

/** The first round trip: the HTML and the CSS that blocks its first render. */
export async function firstScreenBytes(
  browser: Browser,
  url: string,
): Promise<{ html: number; css: number; total: number }> {
  const page = await browser.newPage();
  const blocking: Promise<Buffer>[] = [];
  let html = 0;
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'document') response.body().then((b) => (html = gzipSync(b, { level: 9 }).length));
    if (type === 'stylesheet') blocking.push(response.body());
  });
  await page.goto(url, { waitUntil: 'load' });
  const css = (await Promise.all(blocking)).reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
  await page.close();
  return { html, css, total: html + css };
}
