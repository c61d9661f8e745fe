/**
 * Open documents (incremental sync through TextDocuments) and, per document, the parsed model of its
 * current version (parsed once per version, on first need) and the findings of the last finished
 * validation. Hover, completion and the other features read the model; they never wait for validation.
 */
import { TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../diagnostics/finding';
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
