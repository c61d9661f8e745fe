// Bundles the extension client, the language server and the command-line tools (checker, exporter) for Node 20.
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/**
 * JSON modules (the classification catalog, ≈ 250 KB) bundled as `JSON.parse('…')` of their text instead of
 * as object literals: V8 parses JSON text about three times faster than the same data written as
 * JavaScript, and every process and checking worker pays it at start-up (≈ 30 → 10 ms measured under load).
 * The objects are the same (JSON.parse keeps the key order and every value).
 */
const jsonAsParse = {
  name: 'json-as-parse',
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const fs = await import('node:fs');
      const text = fs.readFileSync(args.path, 'utf8');
      return { contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: 'js' };
    });
  },
};

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  plugins: [jsonAsParse],
};

/**
 * disclosure-check imports a PDF, Word or Excel file only when it is given one: the importer is then
 * required from its own bundle (dist/importer.cjs, beside dist/cli.cjs), so that checking .disclosure
 * files never loads pdf.js, exceljs or mammoth (8.9 → 1.9 MB to compile at every start and in every worker).
 * server/src/cli/input/loadImporter.ts requires it with a V8 code cache; this plugin only keeps the
 * sources' `import()` of the importer (not taken in the bundle) from pulling it into dist/cli.cjs.
 */
const importerOnDemand = {
  name: 'importer-on-demand',
  setup(build) {
    build.onResolve({ filter: /[\\/]import[\\/]importDocument$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: './importer.cjs', external: true } : undefined,
    );
  },
};

/**
 * A plugin that edits one file of a package as esbuild loads it: each `[from, to]` replaces text that must
 * occur exactly once, so that a pdf.js update that moves it fails the build instead of losing the edit
 * silently.
 */
function editedSource(name, filter, edits) {
  return {
    name,
    setup(build) {
      build.onLoad({ filter }, async (args) => {
        const fs = await import('node:fs');
        let source = fs.readFileSync(args.path, 'utf8');
        for (const [from, to] of edits) {
          if (source.split(from).length !== 2) throw new Error(`${name}: “${from}” not found once in ${args.path}`);
          source = source.replace(from, to);
        }
        return { contents: source, loader: 'js' };
      });
    },
  };
}

/**
 * pdf.js's Node polyfill of `Response.prototype.bytes` (both halves of pdf.js) touches the global
 * `Response`, which makes Node load its whole fetch implementation (undici: 100–400 ms at every PDF
 * import). In Node pdf.js reads CMaps and font data through `fs` and never makes a Response when it reads
 * a document (only saving one does): the bundles leave the polyfill out.
 */
const responsePolyfill = ['if (typeof Response.prototype.bytes !== "function") {', 'if (false) { // Response.prototype.bytes: never used when reading (esbuild.mjs)'];

/**
 * The worker half of pdf.js, as the importer uses it (it reads text and the drawing operators of table
 * pages; it never paints):
 * - With `disableFontFace` (set in server/src/import/pdf/loadPdf.ts: there is no FontFace in Node), every
 *   text-drawing operator of an operator list also compiles the outlines of its glyphs into paths for a
 *   canvas (`PartialEvaluator.buildFontPaths`) and posts them to the display side, where nothing reads
 *   them: about a tenth of a PDF import. The bundles make it a no-op. The operator list itself, the text
 *   and its positions do not depend on it.
 * - Flate streams (every page's content, most fonts) are inflated through a web DecompressionStream:
 *   Node's zlib behind web streams, a chain of promises and stream objects per stream. Node's own
 *   `zlib.inflateSync` is the same inflater without them (a fresh copy, so that pdf.js owns its buffer);
 *   a stream it cannot inflate throws inside the same `try` and takes pdf.js's own fallback as before.
 * The same imports, byte for byte, on the corpus's PDFs.
 */
const pdfjsWorkerForReading = editedSource('pdfjs-worker-for-reading', /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.worker\.mjs$/, [
  ['static buildFontPaths(font, glyphs, handler, evaluatorOptions) {', 'static buildFontPaths(font, glyphs, handler, evaluatorOptions) {\n    return;'],
  [
    '    try {\n      const {\n        readable,\n        writable\n      } = new DecompressionStream(name);',
    '    try {\n      if (name === "deflate") return { decompressed: new Uint8Array(require("node:zlib").inflateSync(bytes)), compressed: bytes }; // esbuild.mjs\n      const {\n        readable,\n        writable\n      } = new DecompressionStream(name);',
  ],
  responsePolyfill,
]);

/**
 * pdf.js's display side, loaded in Node, requires the optional native package `@napi-rs/canvas` (40–140 ms to
 * load) to borrow DOMMatrix, ImageData and Path2D from it, and warns for each it cannot find. The importer
 * never paints: it installs a pure-JavaScript DOMMatrix before pdf.js loads (server/src/import/pdf/domMatrix.ts)
 * and needs neither ImageData nor Path2D, so the bundles skip the package and those two warnings — the same
 * importer with or without node_modules beside it. Nor the Response polyfill (above).
 */
const pdfjsDisplayForReading = editedSource('pdfjs-display-for-reading', /pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/, [
  ['try {\n      canvas = require("@napi-rs/canvas");', 'try {\n      canvas = undefined; // @napi-rs/canvas: only for painting (esbuild.mjs)'],
  ['warn("Cannot polyfill `ImageData`, rendering may be broken.");', '// ImageData: only for painting (esbuild.mjs)'],
  ['warn("Cannot polyfill `Path2D`, rendering may be broken.");', '// Path2D: only for painting (esbuild.mjs)'],
  responsePolyfill,
]);

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
  // disclosure-check: dist/cli.cjs is a launcher (server/src/cli/launch.ts) that loads the checker,
  // dist/checker.cjs, with a V8 code cache, in the main thread and in each worker of the pool.
  { ...common, entryPoints: ['server/src/cli/launch.ts'], outfile: 'dist/cli.cjs', banner: { js: '#!/usr/bin/env node' } },
  {
    ...common,
    entryPoints: ['server/src/cli/main.ts'],
    outfile: 'dist/checker.cjs',
    // The bundle re-enters itself (through the launcher) as the worker of the checking pool (server/src/cli/check/pool.ts).
    banner: { js: "var __disclosureCliUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { __DISCLOSURE_CLI_BUNDLE__: 'true', 'import.meta.url': '__disclosureCliUrl' },
    plugins: [jsonAsParse, importerOnDemand],
    // import() of the importer becomes require(): an ES import of a CommonJS file would first scan all of
    // it (7 MB) for its export names.
    supported: { 'dynamic-import': false },
  },
  // disclosure-import (PDF / Word / Excel → .disclosure). pdf.js, mammoth and exceljs are bundled: the .vsix
  // ships without node_modules. pdf.js is ESM; esbuild turns it into CommonJS here, and import.meta.url is
  // the bundle's own file (pdfjsAssets.ts finds dist/pdfjs/ beside it).
  {
    ...common,
    entryPoints: ['server/src/cli/import/main.ts'],
    outfile: 'dist/import.cjs',
    plugins: [jsonAsParse, pdfjsWorkerForReading, pdfjsDisplayForReading],
    banner: { js: "#!/usr/bin/env node\nvar __disclosureImportUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__disclosureImportUrl' },
  },
  // The importer as a library, loaded by the extension only when its import command runs (activation stays light).
  {
    ...common,
    entryPoints: ['server/src/import/importDocument.ts'],
    outfile: 'dist/importer.cjs',
    plugins: [jsonAsParse, pdfjsWorkerForReading, pdfjsDisplayForReading],
    banner: { js: "var __disclosureImporterUrl = require('node:url').pathToFileURL(__filename).href;" },
    define: { 'import.meta.url': '__disclosureImporterUrl' },
  },
];

/**
 * pdf.js reads its packed CMaps (Chinese fonts) and standard font data from files at run time: they are
 * copied next to the bundles, to dist/pdfjs/ (about 2.5 MB), and shipped in the .vsix.
 */
async function copyPdfjsAssets() {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const { createRequire } = await import('node:module');
  const require = createRequire(import.meta.url);
  let root;
  try {
    root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  } catch {
    return;
  }
  for (const folder of ['cmaps', 'standard_fonts']) {
    fs.cpSync(path.join(root, folder), path.join('dist', 'pdfjs', folder), { recursive: true });
  }
}

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
await copyPdfjsAssets();
