/** Builds a checkout of the site and serves its `dist` with `vite preview`, ended by process group. */
import { spawn, spawnSync } from 'node:child_process';

/** Builds the site in `cwd` (its own build script), or exits the bench if the build fails. */
export function build(cwd = '.'): void {
  if (spawnSync('npm', ['run', 'build'], { cwd, stdio: 'inherit' }).status !== 0) process.exit(1);
}

/** Serves the build in `cwd` on `port` and resolves once it answers; the returned function stops it. */
export async function serve(port: number, cwd = '.'): Promise<() => void> {
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], {
    cwd,
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid!);
    } catch {
      /* already gone */
    }
  };
  process.on('exit', stop);
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 50; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 200));
  }
  return stop;
}
