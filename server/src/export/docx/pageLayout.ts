/**
 * Pages: A4 with the margins of official documents (GB/T 9704) for the text, A4 landscape for tables too
 * wide to read upright, and the page number centred in the footer as “— 1 —”. Sections follow each other
 * with continuous page numbering.
 */
import { AlignmentType, Footer, PageNumber, PageOrientation, Paragraph, TextRun, type ISectionOptions } from 'docx';
import { FONTS } from './typography';

export type Orientation = 'portrait' | 'landscape';

/** Tables with more columns than this get a landscape page. */
export const MAX_PORTRAIT_COLUMNS = 7;

const A4 = { short: 11906, long: 16838 };

const MARGINS: Record<Orientation, { top: number; bottom: number; left: number; right: number }> = {
  // 37 mm top, 35 mm bottom, 28 mm left, 26 mm right (GB/T 9704).
  portrait: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
  landscape: { top: 1587, bottom: 1474, left: 1440, right: 1440 },
};

/** The width between the margins (twips): what a full-width table may take. */
export function textWidth(orientation: Orientation): number {
  const margins = MARGINS[orientation];
  const width = orientation === 'portrait' ? A4.short : A4.long;
  return width - margins.left - margins.right;
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        indent: { firstLine: 0 },
        children: [
          new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONTS.table, size: 28 }),
        ],
      }),
    ],
  });
}

/** A section of the given orientation holding `children`. */
export function section(orientation: Orientation, children: ISectionOptions['children']): ISectionOptions {
  const landscape = orientation === 'landscape';
  return {
    properties: {
      page: {
        // docx swaps width and height itself for a landscape page.
        size: { width: A4.short, height: A4.long, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { ...MARGINS[orientation], header: 851, footer: 992 },
      },
    },
    footers: { default: pageNumberFooter() },
    children,
  };
}
