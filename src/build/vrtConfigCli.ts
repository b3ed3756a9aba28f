/**
 * `npm run vrt:config -- backstop --base <url> [--manifest dist/visual-states.json] [--out backstop.json] [--chromium <path>]`:
 * writes a BackstopJS configuration for the built story's visual-state manifest.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { visualManifestSchema } from '../scroll/visualManifestSchema.ts';
import { backstopConfig } from './vrtConfig.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4173/' },
    manifest: { type: 'string', default: 'dist/visual-states.json' },
    out: { type: 'string', default: 'backstop.json' },
    chromium: { type: 'string' },
  },
});
if (positionals[0] !== 'backstop') {
  console.error(
    'usage: npm run vrt:config -- backstop --base <url> [--manifest <file>] [--out <file>] [--chromium <path>]',
  );
  process.exit(2);
}
const manifest = visualManifestSchema.parse(JSON.parse(readFileSync(values.manifest, 'utf8')));
const config = backstopConfig(manifest, { baseUrl: values.base, chromium: values.chromium });
writeFileSync(values.out, JSON.stringify(config, null, 2) + '\n');
console.log(`wrote ${values.out}: ${config.scenarios.length} states × ${config.viewports.length} viewports`);
