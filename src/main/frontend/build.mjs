// Bundles the browser code into the app's static resources (Maven sets OUT_DIR to target/classes/static).
import * as esbuild from 'esbuild';
import { resolve } from 'node:path';

const out = resolve(process.env.OUT_DIR || '../../../target/classes/static', 'js');

await esbuild.build({
  entryPoints: { forms: 'src/forms.js', charts: 'src/charts.js' },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'iife',
  target: ['es2020'],
  outdir: out,
  legalComments: 'linked',
  logLevel: 'warning',
});
console.log('Bundled forms.js, forms.css and charts.js into ' + out);
