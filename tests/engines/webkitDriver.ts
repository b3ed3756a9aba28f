/**
 * WebKitGTK over classic WebDriver: Debian's `WebKitWebDriver` starting `MiniBrowser --automation`
 * in a virtual X display. A thin client: the handful of endpoints the specs use.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { Engine, EnginePage, Viewport } from './enginePage';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

/** Runs `fn` with `args` and hands back `{ ok }` or `{ error }`: a rejected promise becomes a test failure, not a driver time-out. */
const ASYNC_WRAPPER = (source: string) => `const done = arguments[arguments.length - 1];
const args = Array.prototype.slice.call(arguments, 0, -1);
Promise.resolve().then(() => (${source}).apply(null, args)).then(
  (ok) => done({ ok: ok === undefined ? null : ok }),
  (e) => done({ error: String(e && e.stack || e) }));`;

function client(base: string) {
  return async <T>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<T> => {
    const answer = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const { value } = (await answer.json()) as { value: T & { error?: string; message?: string } };
    if (!answer.ok) throw new Error(`WebKitWebDriver ${method} ${path}: ${value.error}: ${value.message}`);
    return value;
  };
}

export async function launchWebKit(driverPath: string, browserPath: string, xvfbRun: string): Promise<Engine> {
  const port = await freePort();
  // xvfb-run picks a free display; detached, so the whole group (Xvfb, driver, browser) ends together.
  const driver: ChildProcess = spawn(xvfbRun, ['-a', '-s', '-screen 0 1920x1200x24', driverPath, `--port=${port}`], {
    detached: true,
    stdio: 'ignore',
    // Classic scrollbars: GTK's overlay scrollbar fades in and out on its own after a scroll.
    env: { ...process.env, GTK_OVERLAY_SCROLLING: '0' },
  });
  const call = client(`http://127.0.0.1:${port}`);
  for (let tries = 0; ; tries++) {
    try {
      await call('GET', '/status');
      break;
    } catch (error) {
      if (tries > 100) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const sessions = new Set<string>();
  return {
    name: 'webkit',
    async newPage(asked) {
      const { sessionId } = await call<{ sessionId: string }>('POST', '/session', {
        capabilities: {
          alwaysMatch: {
            browserName: 'MiniBrowser',
            'webkitgtk:browserOptions': { binary: browserPath, args: ['--automation'] },
          },
        },
      });
      sessions.add(sessionId);
      const at = (path: string) => `/session/${sessionId}${path}`;
      const run = async <R>(source: string, args: unknown[]): Promise<R> => {
        const execute = () =>
          call<{ ok?: R; error?: string }>('POST', at('/execute/async'), { script: ASYNC_WRAPPER(source), args });
        // WebKitGTK 2.50 now and then loses a script's result while the page loads a module
        // ("Could not parse script result"); the specs' scripts are safe to run again.
        const result = await execute().catch((error: Error) => {
          if (!/Could not parse script result/.test(error.message)) throw error;
          return execute();
        });
        if (result.error !== undefined) throw new Error(result.error);
        return result.ok as R;
      };
      // The window's frame takes some of its size: size the window so that the viewport is as asked.
      const inner = () => run<Viewport>('() => ({ width: innerWidth, height: innerHeight })', []);
      await call('POST', at('/window/rect'), asked);
      const first = await inner();
      await call('POST', at('/window/rect'), {
        width: 2 * asked.width - first.width,
        height: 2 * asked.height - first.height,
      });
      const viewport = await inner();
      const page: EnginePage = {
        viewport,
        goto: (url) => call('POST', at('/url'), { url }),
        back: () => call('POST', at('/back'), {}),
        async evaluate<A extends unknown[], R>(
          fn: (...args: A) => R | Promise<R>,
          args?: A,
          frame?: string,
        ): Promise<Awaited<R>> {
          if (!frame) return run<Awaited<R>>(fn.toString(), args ?? []);
          const element = await call<Record<string, string>>('POST', at('/element'), {
            using: 'css selector',
            value: frame,
          });
          await call('POST', at('/frame'), { id: element });
          try {
            return await run<Awaited<R>>(fn.toString(), args ?? []);
          } finally {
            await call('POST', at('/frame/parent'), {});
          }
        },
        screenshot: async () => Buffer.from(await call<string>('GET', at('/screenshot')), 'base64'),
        pageErrors: () => run('() => window.__pageErrors || []', []),
        async close() {
          sessions.delete(sessionId);
          await call('DELETE', at('')).catch(() => undefined);
        },
      };
      return page;
    },
    async close() {
      for (const id of sessions) await call('DELETE', `/session/${id}`).catch(() => undefined);
      try {
        process.kill(-driver.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    },
  };
}
