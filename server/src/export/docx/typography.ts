/**
 * The look of a published disclosure in Word: the fonts (仿宋 for the text, 黑体/楷体 for headings, 宋体 for
 * tables, each declared for East Asian text with Times New Roman for Latin letters and digits), the sizes
 * (三号 text as in official documents, 五号 and smaller in tables) and the paragraph styles the other
 * files refer to by id.
 */
import type { IFontAttributesProperties, IParagraphStyleOptions, IStylesOptions } from 'docx';
import { AlignmentType, LineRuleType } from 'docx';

/** A font for Chinese text with Times New Roman for Latin letters and figures. */
export function chineseFont(eastAsia: string): IFontAttributesProperties {
  return { ascii: 'Times New Roman', hAnsi: 'Times New Roman', cs: 'Times New Roman', eastAsia, hint: 'eastAsia' };
}

export const FONTS = {
  text: chineseFont('仿宋'),
  title: chineseFont('方正小标宋简体'),
  heading: chineseFont('黑体'),
  subheading: chineseFont('楷体'),
  table: chineseFont('宋体'),
} as const;

/** Half-points, as Word counts font sizes. */
export const SIZES = {
  title: 44, // 二号
  heading1: 32, // 三号
  heading2: 32,
  heading3: 32,
  heading4: 30,
  text: 32, // 三号 仿宋, as official documents
  caption: 28, // 四号
  tableAttributes: 24, // 小四
  note: 24,
} as const;

/** Line pitch of the text: a fixed 28 pt, as official documents (twips). */
const TEXT_LINE = 560;
/** Two characters of 三号 text (twips): the first-line indent of every paragraph. */
export const TEXT_FIRST_LINE_INDENT = 640;

export const STYLE_IDS = {
  caption: 'TableCaption',
  tableAttributes: 'TableAttributes',
  tableText: 'TableText',
  tableNote: 'TableNote',
  glossary: 'GlossaryEntry',
} as const;

const language = { value: 'en-US', eastAsia: 'zh-CN' } as const;

function headingStyle(size: number, font: IFontAttributesProperties, centered: boolean, bold = false): NonNullable<IStylesOptions['default']>['heading1'] {
  return {
    run: { font, size, bold, color: '000000', language },
    paragraph: {
      spacing: { before: 240, after: 120, line: TEXT_LINE, lineRule: LineRuleType.EXACT },
      keepNext: true,
      keepLines: true,
      ...(centered ? { alignment: AlignmentType.CENTER } : { indent: { firstLine: TEXT_FIRST_LINE_INDENT } }),
    },
  };
}

const paragraphStyles: IParagraphStyleOptions[] = [
  {
    id: STYLE_IDS.caption,
    name: 'Table Caption',
    basedOn: 'Normal',
    next: 'Normal',
    run: { font: FONTS.heading, size: SIZES.caption, language },
    paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 240, after: 60, line: 360, lineRule: LineRuleType.AUTO }, keepNext: true, keepLines: true },
  },
  {
    id: STYLE_IDS.tableAttributes,
    name: 'Table Attributes',
    basedOn: 'Normal',
    run: { font: FONTS.table, size: SIZES.tableAttributes, language },
    paragraph: { spacing: { before: 0, after: 60, line: 300, lineRule: LineRuleType.AUTO }, indent: { firstLine: 0 }, keepNext: true },
  },
  {
    id: STYLE_IDS.tableText,
    name: 'Table Text',
    basedOn: 'Normal',
    run: { font: FONTS.table, size: 20, language },
    paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, indent: { firstLine: 0 } },
  },
  {
    id: STYLE_IDS.tableNote,
    name: 'Table Note',
    basedOn: 'Normal',
    run: { font: FONTS.table, size: SIZES.note, language },
    paragraph: { spacing: { before: 60, after: 120, line: 300, lineRule: LineRuleType.AUTO }, indent: { firstLine: 0 } },
  },
  {
    id: STYLE_IDS.glossary,
    name: 'Glossary Entry',
    basedOn: 'Normal',
    run: { font: FONTS.text, size: SIZES.text, language },
    paragraph: { spacing: { line: TEXT_LINE, lineRule: LineRuleType.EXACT }, indent: { firstLine: TEXT_FIRST_LINE_INDENT }, alignment: AlignmentType.JUSTIFIED },
  },
];

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONTS.text, size: SIZES.text, language },
      paragraph: {
        spacing: { line: TEXT_LINE, lineRule: LineRuleType.EXACT },
        indent: { firstLine: TEXT_FIRST_LINE_INDENT },
        alignment: AlignmentType.JUSTIFIED,
      },
    },
    title: {
      run: { font: FONTS.title, size: SIZES.title, color: '000000', language },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 480, after: 480, line: 720, lineRule: LineRuleType.EXACT }, indent: { firstLine: 0 } },
    },
    heading1: headingStyle(SIZES.heading1, FONTS.heading, true, true),
    heading2: headingStyle(SIZES.heading2, FONTS.heading, false),
    heading3: headingStyle(SIZES.heading3, FONTS.subheading, false),
    heading4: headingStyle(SIZES.heading4, FONTS.text, false),
    heading5: headingStyle(SIZES.heading4, FONTS.text, false),
    heading6: headingStyle(SIZES.heading4, FONTS.text, false),
  },
  paragraphStyles,
};

/** Font size of a table's cells (half-points): smaller the more columns it has. */
export function tableFontSize(columns: number): number {
  if (columns > 20) return 12; // 6 pt
  if (columns > 14) return 14; // 7 pt
  if (columns > 10) return 16; // 8 pt
  if (columns > 7) return 18; // 小五
  return 21; // 五号
}
