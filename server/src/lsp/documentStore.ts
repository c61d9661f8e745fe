/**
 * Open documents (incremental sync through TextDocuments) and, per document, the parsed model of its
 * current version (parsed once per version, on first need) and the findings of the last finished
 * validation. Hover, completion and the other features read the model; they never wait for validation.
 */
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../diagnostics/finding';
import { proseLineEditKeepsStructure } from '../features/proseLineEdit';
import { parseDocument } from '../model/buildModel';
import type { DisclosureDocument } from '../model/types';

interface ParsedEntry {
  version: number;
  model: DisclosureDocument;
}

interface FindingsEntry {
  version: number;
  findings: readonly Finding[];
}

export class DocumentStore {
  readonly documents = new TextDocuments(TextDocument);
  private readonly parsed = new Map<string, ParsedEntry>();
  private readonly findingsByUri = new Map<string, FindingsEntry>();
  /** Number of parses done (for tests: one per version). */
  parseCount = 0;

  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  version(uri: string): number | undefined {
    return this.documents.get(uri)?.version;
  }

  /**
   * The model of the document's current version, or undefined when the document is not open or is
   * larger than `maxFileSize` characters (such files are not parsed).
   */
  model(uri: string, maxFileSize: number): DisclosureDocument | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.parsed.get(uri);
    if (cached && cached.version === document.version) return cached.model;
    const text = document.getText();
    if (text.length > maxFileSize) return undefined;
    const model = parseDocument(text, uri);
    this.parseCount++;
    this.parsed.set(uri, { version: document.version, model });
    return model;
  }

  /**
   * A model to answer a feature request at `line` without parsing: the latest parsed model when it
   * still describes that line exactly (same line count, same text on the line), even if it is of an
   * older version; otherwise the current version's model (parsed now, once). Typing on one line thus
   * never makes hovers elsewhere wait for a parse.
   */
  modelAt(uri: string, line: number, maxFileSize: number): DisclosureDocument | undefined {
    const document = this.documents.get(uri);
    if (!document) return undefined;
    const cached = this.parsed.get(uri);
    if (cached && cached.version !== document.version && document.lineCount === cached.model.lineIndex.lineCount) {
      const current = document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
      if (current === cached.model.lineIndex.lineText(line)) return cached.model;
    }
    return this.model(uri, maxFileSize);
  }

  /**
   * Completion on a line being typed, without parsing: the latest parsed model and the line's current
   * text, when the current text differs from that model's only on `line` (every other character, line
   * breaks included, the same) and the edit keeps the document's structure (proseLineEditKeepsStructure).
   * Undefined otherwise (and for a text over `maxFileSize`): then the current version is parsed (`model`).
   */
  modelWithEditedLine(uri: string, line: number, maxFileSize: number): { model: DisclosureDocument; lineText: string } | undefined {
    const document = this.documents.get(uri);
    const cached = this.parsed.get(uri);
    if (!document || !cached || cached.version === document.version) return undefined;
    const { model } = cached;
    const index = model.lineIndex;
    if (line < 0 || line >= index.lineCount || document.lineCount !== index.lineCount) return undefined;
    const text = document.getText();
    if (text.length > maxFileSize) return undefined;
    const start = index.lineStart(line);
    const oldNext = line + 1 < index.lineCount ? index.lineStart(line + 1) : model.text.length;
    const newNext = line + 1 < index.lineCount ? document.offsetAt({ line: line + 1, character: 0 }) : text.length;
    if (model.text.length - oldNext !== text.length - newNext) return undefined;
    if (text.slice(0, start) !== model.text.slice(0, start) || text.slice(newNext) !== model.text.slice(oldNext)) return undefined;
    const lineText = text.slice(start, newNext).replace(/\r?\n$|\r$/, '');
    const oldBreak = model.text.slice(start + index.lineText(line).length, oldNext);
    if (text.slice(start + lineText.length, newNext) !== oldBreak) return undefined;
    return proseLineEditKeepsStructure(model, line, lineText) ? { model, lineText } : undefined;
  }

  setFindings(uri: string, version: number, findings: readonly Finding[]): void {
    this.findingsByUri.set(uri, { version, findings });
  }

  /** Findings of the last finished validation (possibly of an older version). */
  findings(uri: string): { version: number; findings: readonly Finding[] } | undefined {
    return this.findingsByUri.get(uri);
  }

  forget(uri: string): void {
    this.parsed.delete(uri);
    this.findingsByUri.delete(uri);
  }
}
