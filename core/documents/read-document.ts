/**
 * A strategy document's text from its bytes: PDF (pdf.js), DOCX (mammoth) or plain text. Runtime-neutral: it
 * takes an ArrayBuffer and a file name and imports the readers only when a document of their kind arrives, so
 * neither lands in a bundle that never reads one. Node runs pdf.js's legacy build without a worker; a page
 * passes `loadPdf` with the worker its bundler provides.
 */
import { InputError } from '../model/errors.ts';

/** Every runtime we ship to has it; core's tsconfig has no DOM or Node types to declare it. */
declare const TextDecoder: new (label?: string, options?: { fatal?: boolean }) => { decode(data: ArrayBuffer): string };

export type DocumentKind = 'pdf' | 'docx' | 'text';

/** Why a document could not be read, as a code each product translates. */
export type DocumentErrorCode = 'unsupported-format' | 'unreadable' | 'no-text';

export class DocumentError extends InputError {
  readonly code: DocumentErrorCode;
  constructor(code: DocumentErrorCode, message: string, file: string) {
    super(message, { file });
    this.name = 'DocumentError';
    this.code = code;
  }
}

/** The part of pdf.js this reader uses. */
export interface PdfJs {
  getDocument(src: {
    data: Uint8Array;
    isEvalSupported?: boolean;
    useSystemFonts?: boolean;
    disableFontFace?: boolean;
    verbosity?: number;
  }): {
    promise: Promise<{
      numPages: number;
      getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }>; cleanup(): void }>;
      destroy(): Promise<void>;
    }>;
  };
}

export interface ReadOptions {
  /** Loads pdf.js; by default its legacy build (Node, older browsers). */
  loadPdf?: () => Promise<PdfJs>;
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46]; // %PDF
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]; // PK..

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** By content first (a .pdf renamed .txt is still a PDF), then by extension. */
export function documentKind(data: ArrayBuffer, filename: string): DocumentKind | undefined {
  const head = new Uint8Array(data, 0, Math.min(8, data.byteLength));
  if (startsWith(head, PDF_MAGIC)) return 'pdf';
  const ext = filename.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1];
  if (startsWith(head, ZIP_MAGIC)) return ext === 'docx' || ext === undefined ? 'docx' : undefined;
  if (ext === 'pdf' || ext === 'docx') return undefined; // named so, but not one: refused below
  if (ext === undefined || ext === 'txt' || ext === 'md' || ext === 'text') return 'text';
  return undefined;
}

const loadLegacyPdf = async (): Promise<PdfJs> => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;

interface TextItem {
  str: string;
  hasEOL?: boolean;
}
const isTextItem = (x: unknown): x is TextItem => typeof (x as TextItem)?.str === 'string';

async function pdfText(data: ArrayBuffer, file: string, loadPdf: () => Promise<PdfJs>): Promise<string> {
  const pdfjs = await loadPdf();
  let doc: Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
  try {
    // pdf.js takes ownership of the bytes it is given: give it a copy so the caller's buffer stays usable.
    doc = await pdfjs.getDocument({
      data: new Uint8Array(data.slice(0)),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new DocumentError('unreadable', `not a readable PDF (${(error as Error).message})`, file);
  }
  const pages: string[] = [];
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!isTextItem(item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pages.push(text);
      page.cleanup();
    }
  } finally {
    await doc.destroy();
  }
  // A page break ends a paragraph.
  return pages.join('\n\n');
}

async function docxText(data: ArrayBuffer, file: string): Promise<string> {
  const mammoth = (await import('mammoth')).default;
  try {
    // Node's mammoth reads `buffer`, its browser build `arrayBuffer`: both accept the ArrayBuffer.
    const result = await mammoth.extractRawText({ arrayBuffer: data, buffer: data } as never);
    return result.value;
  } catch (error) {
    throw new DocumentError('unreadable', `not a readable DOCX (${(error as Error).message})`, file);
  }
}

function plainText(data: ArrayBuffer, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    // Older Windows exports: Latin-1 is the likely encoding of a Swedish text that is not UTF-8.
    if (data.byteLength === 0) throw new DocumentError('no-text', 'the file is empty', file);
    return new TextDecoder('latin1').decode(data);
  }
}

/** The document's text, paragraphs separated by blank lines where the format tells them. */
export async function readDocumentText(data: ArrayBuffer, filename: string, opts: ReadOptions = {}): Promise<string> {
  const kind = documentKind(data, filename);
  if (!kind) {
    throw new DocumentError('unsupported-format', 'expected a PDF, a Word document (.docx) or a text file', filename);
  }
  const text =
    kind === 'pdf'
      ? await pdfText(data, filename, opts.loadPdf ?? loadLegacyPdf)
      : kind === 'docx'
        ? await docxText(data, filename)
        : plainText(data, filename);
  if (!text.trim()) {
    throw new DocumentError(
      'no-text',
      kind === 'pdf' ? 'the PDF has no text layer (a scan?): run it through OCR first' : 'the document has no text',
      filename,
    );
  }
  return text;
}
