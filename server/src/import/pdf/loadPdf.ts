/**
 * Opening a PDF with pdf.js (legacy build, which runs on Node 20) and reading, per page, what the layout
 * analysis needs: the text runs with their positions and the ruling lines (table borders).
 */
import { ensureDomMatrix } from './domMatrix';
import { keepNativeBuiltins } from './nativeBuiltins';
import { pdfjsAssets } from './pdfjsAssets';
import { groupLines, lineChunks } from './lines';
import { extractRulings, multiply, type Ruling } from './rulings';

export interface TextRun {
  text: string;
  /** Left edge, baseline and right edge, in points from the page's top-left corner. */
  x: number;
  y: number;
  right: number;
  /** Font size in points. */
  size: number;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: TextRun[];
  rulings: Ruling[];
}

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsPromise: Promise<PdfjsModule> | undefined;

async function loadPdfjs(): Promise<PdfjsModule> {
  pdfjsPromise ??= keepNativeBuiltins(async () => {
    ensureDomMatrix();
    // The worker runs in this thread ("fake worker"): hand pdf.js its module so it need not import a file.
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  });
  return pdfjsPromise;
}

function charWeight(ch: string): number {
  return /[\u2e80-\uffef]/.test(ch) ? 1 : 0.5;
}

/**
 * Some producers write a whole table row as one text item (`82,096,797.42 82,096,797.42`, `91,016,775.35
 * 一、一般公共服务支出`). Splitting items at spaces, with positions estimated from the characters' widths,
 * lets the table builder put each piece into its own column; the text itself is not changed.
 */
function splitAtSpaces(run: TextRun): TextRun[] {
  if (!/\S\s+\S/.test(run.text)) return [run];
  const chars = [...run.text];
  const total = chars.reduce((sum, ch) => sum + charWeight(ch), 0);
  const unit = (run.right - run.x) / (total || 1);
  const pieces: TextRun[] = [];
  let offset = 0;
  let current = '';
  let start = 0;
  for (const ch of chars) {
    if (/\s/.test(ch)) {
      if (current !== '') pieces.push({ ...run, text: current, x: run.x + start * unit, right: run.x + offset * unit });
      current = '';
      offset += charWeight(ch);
      continue;
    }
    if (current === '') start = offset;
    current += ch;
    offset += charWeight(ch);
  }
  if (current !== '') pieces.push({ ...run, text: current, x: run.x + start * unit, right: run.x + offset * unit });
  return pieces;
}

/**
 * Whether a page's text looks tabular anywhere: a line split into three pieces or more, or into two of
 * which one is a figure, or several lines split in two. Pages of running text only do not.
 */
function mayHoldTable(runs: TextRun[]): boolean {
  let split = 0;
  for (const line of groupLines(runs)) {
    const chunks = lineChunks(line, 1.5);
    if (chunks.length >= 3) return true;
    if (chunks.length === 2) {
      if (chunks.some((chunk) => /^[-(]?[\d,]+(\.\d+)?\)?%?$/.test(chunk.text.trim()))) return true;
      if (++split >= 3) return true;
    }
  }
  return false;
}

export async function loadPdfPages(data: Uint8Array): Promise<PdfPage[]> {
  const pdfjs = await loadPdfjs();
  const assets = pdfjsAssets();
  const task = pdfjs.getDocument({
    data,
    cMapUrl: assets.cMapUrl,
    cMapPacked: true,
    standardFontDataUrl: assets.standardFontDataUrl,
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
  });
  const document = await task.promise;
  const pages: PdfPage[] = [];
  try {
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const m = multiply(viewport.transform, item.transform);
        const size = Math.hypot(m[2]!, m[3]!);
        if (!(size > 0)) continue;
        // Only horizontal text: rotated stamps and watermarks are not part of the content.
        if (Math.abs(m[1]!) > 0.01 * Math.abs(m[0]!) + 1e-6) continue;
        const scaleX = Math.hypot(viewport.transform[0]!, viewport.transform[1]!);
        runs.push(...splitAtSpaces({ text: item.str, x: m[4]!, y: m[5]!, right: m[4]! + item.width * scaleX, size }));
      }
      // Reading the drawing operators costs more than the text: only pages that may hold a table pay it.
      let rulings: Ruling[] = [];
      if (mayHoldTable(runs)) {
        const operators = await page.getOperatorList();
        rulings = extractRulings(operators.fnArray, operators.argsArray, viewport.transform, pdfjs.OPS);
      }
      pages.push({ number, width: viewport.width, height: viewport.height, runs, rulings });
      page.cleanup();
    }
  } finally {
    await document.destroy();
  }
  return pages;
}
