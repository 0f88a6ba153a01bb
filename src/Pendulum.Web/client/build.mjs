// Bundles the dashboard into ../wwwroot: one script (the app with the parts of ECharts it uses), one stylesheet,
// the page. Run by the web project's build (npm ci first); `node build.mjs` by hand does the same.
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const out = here('../wwwroot/');

await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });
await build({
  entryPoints: [{ in: here('src/main.js'), out: 'app' }, { in: here('src/app.css'), out: 'app' }],
  outdir: out,
  bundle: true,
  minify: true,
  format: 'esm',
  target: ['es2022'],
  legalComments: 'linked',
  logLevel: 'warning',
});
await copyFile(here('src/index.html'), `${out}index.html`);
