// Bundles the extension client, the language server and the command-line tools (checker, exporter) for Node 20.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.cjs', external: ['vscode'] },
  // The preview's webview script (runs in the webview, not in Node).
  { ...common, entryPoints: ['client/src/webview/main.ts'], outfile: 'dist/webview.js', platform: 'browser', format: 'iife', target: 'es2022' },
  // The preview renderer, loaded by the extension only when the language server does not render previews.
  { ...common, entryPoints: ['server/src/preview/renderDocument.ts'], outfile: 'dist/previewRenderer.cjs' },
  // The Word export, loaded by the extension only when “导出为 Word” runs.
  { ...common, entryPoints: ['server/src/export/docx/docxFromText.ts'], outfile: 'dist/docxExport.cjs' },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.cjs' },
  {
    ...common,
    entryPoints: ['server/src/cli/export/exportMain.ts'],
    outfile: 'dist/export.cjs',
    banner: { js: "#!/usr/bin/env node\nvar __disclosureExportUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__disclosureExportUrl' },
  },
  {
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/cli.cjs',
    // The bundle re-enters itself as the worker of the checking pool (server/src/cli/check/pool.ts).
    banner: { js: "#!/usr/bin/env node\nvar __disclosureCliUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { __DISCLOSURE_CLI_BUNDLE__: 'true', 'import.meta.url': '__disclosureCliUrl' },
  },
];

const existing = [];
for (const options of builds) {
  const fs = await import('node:fs');
  if (fs.existsSync(options.entryPoints[0])) existing.push(options);
}

if (watch) {
  for (const options of existing) {
    const ctx = await esbuild.context(options);
    await ctx.watch();
  }
  console.log('esbuild: watching');
} else {
  await Promise.all(existing.map((options) => esbuild.build(options)));
}
