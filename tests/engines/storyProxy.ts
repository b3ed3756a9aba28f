/**
 * The story as the cross-engine specs open it: the test server's pages passed through unchanged,
 * but for one script put first into every HTML page, which records the errors the page throws and
 * nothing catches (classic WebDriver has no event for them). It also serves host pages, so that a
 * host on `localhost` embeds the story from `127.0.0.1`: another origin, as on a news site.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export const ERRORS_SCRIPT = '/__page-errors.js';
const RECORD_ERRORS = `window.__pageErrors = [];
addEventListener('error', (e) => __pageErrors.push(String(e.message || e.error)));
addEventListener('unhandledrejection', (e) => __pageErrors.push('unhandled rejection: ' + String(e.reason)));`;

export interface StoryProxy {
  /** The story's base URL (`http://127.0.0.1:<port>/`). */
  storyUrl: string;
  /** Serves `html` as a page on another origin (`http://localhost:<port>/host/<name>`) and returns its URL. */
  hostPage(name: string, html: string): string;
  close(): Promise<void>;
}

export async function startStoryProxy(upstream: string): Promise<StoryProxy> {
  const hostPages = new Map<string, string>();
  const server: Server = createServer(async (req, res) => {
    const path = req.url ?? '/';
    if (path === ERRORS_SCRIPT)
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(RECORD_ERRORS);
    const page = hostPages.get(path);
    if (page !== undefined) return void res.writeHead(200, { 'content-type': 'text/html' }).end(page);
    try {
      const answer = await fetch(new URL(path, upstream));
      const type = answer.headers.get('content-type') ?? 'application/octet-stream';
      // The site's own policy goes along: the pages run under it here as they do in the Chromium specs.
      const policy = answer.headers.get('content-security-policy');
      const headers = {
        'content-type': type,
        'access-control-allow-origin': '*',
        'cache-control': 'no-store',
        ...(policy ? { 'content-security-policy': policy } : {}),
      };
      if (!type.startsWith('text/html'))
        return void res.writeHead(answer.status, headers).end(Buffer.from(await answer.arrayBuffer()));
      const html = (await answer.text()).replace(/<head>/i, `$&<script src="${ERRORS_SCRIPT}"></script>`);
      res.writeHead(answer.status, headers).end(html);
    } catch (error) {
      res.writeHead(502).end(String(error));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    storyUrl: `http://127.0.0.1:${port}/`,
    hostPage(name, html) {
      hostPages.set(`/host/${name}`, html);
      return `http://localhost:${port}/host/${name}`;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser whose page crashed still holds its connections: close waits for none of them.
        server.closeAllConnections();
      }),
  };
}
