/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { storyPlugin } from './src/build/storyPlugin.ts';
import { fontPreload } from './src/build/fontPreload.ts';
import { scriptAfterFirstPaint } from './src/build/scriptAfterFirstPaint.ts';
import { cssTokens } from './src/build/cssTokens.ts';
import { embedScripts } from './src/build/embedScripts.ts';
import { hostingPlugin } from './src/build/hostingPlugin.ts';
import { stageChunk, stageOfModule } from './src/scenes/registry.ts';

export default defineConfig({
  // Relative asset URLs: the built site works from any sub-path a news site deploys it under.
  base: process.env.BASE ?? './',
  publicDir: 'static',
  plugins: [
    cssTokens(),
    svelte({ configFile: false }),
    storyPlugin(),
    fontPreload(),
    scriptAfterFirstPaint(),
    embedScripts(),
    hostingPlugin(),
  ],
  // The paint worker is a module, like the page's own script.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // One stylesheet, loaded up front: the scenes' scripts load later, their few styles should not.
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // Stage scripts are named for their stage (registry.ts), so tests and tools find them by name.
        chunkFileNames: (chunk) => {
          const stage = stageOfModule(chunk.facadeModuleId);
          return stage ? `assets/${stageChunk(stage)}-[hash].js` : 'assets/[name]-[hash].js';
        },
      },
    },
  },
  // Any origin may load the assets: a story embedded with sandbox="allow-scripts" has an opaque
  // origin, and its module script, CSS and fonts are CORS requests. Production hosting needs the same header.
  preview: { port: 4173, strictPort: true, cors: { origin: '*' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/bench/**/*.test.ts'],
          exclude: ['src/**/*.svelte.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        resolve: { conditions: ['browser'] },
        test: { name: 'component', include: ['src/**/*.svelte.test.ts'], environment: 'happy-dom' },
      },
      {
        extends: true,
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
