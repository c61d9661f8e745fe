/**
 * Where pdf.js finds its packed CMaps (needed for the CJK fonts of every Chinese PDF) and its standard
 * font data. From source (tsx) they are read from node_modules/pdfjs-dist; the bundles (dist/*.cjs) carry
 * a copy in dist/pdfjs/ (esbuild.mjs copies it), because the .vsix is packaged without node_modules.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PdfjsAssets {
  /** Directory URL-less paths ending in a separator, as pdf.js's Node readers expect. */
  cMapUrl: string;
  standardFontDataUrl: string;
}

function withSlash(dir: string): string {
  return dir.endsWith('/') || dir.endsWith('\\') ? dir : `${dir}/`;
}

function candidateRoots(): string[] {
  const roots: string[] = [];
  const here = dirname(fileURLToPath(import.meta.url));
  roots.push(join(here, 'pdfjs'));
  try {
    const require = createRequire(import.meta.url);
    roots.push(dirname(require.resolve('pdfjs-dist/package.json')));
  } catch {
    // not installed: only the bundled copy can serve
  }
  return roots;
}

let cached: PdfjsAssets | undefined;

export function pdfjsAssets(): PdfjsAssets {
  if (cached) return cached;
  for (const root of candidateRoots()) {
    const cmaps = join(root, 'cmaps');
    if (existsSync(join(cmaps, 'UniGB-UCS2-H.bcmap'))) {
      cached = { cMapUrl: withSlash(cmaps), standardFontDataUrl: withSlash(join(root, 'standard_fonts')) };
      return cached;
    }
  }
  throw new Error('找不到 pdf.js 的 CMap 文件（pdfjs-dist/cmaps）；无法读取中文 PDF。');
}
