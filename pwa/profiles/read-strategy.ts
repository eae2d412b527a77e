import type { PdfJs } from '../../core/documents/read-document.ts';

/**
 * A strategy file's text in the browser, through core's document reader (PDF via pdf.js, Word via mammoth,
 * or plain text). pdf.js runs its parser in its own worker, which the bundler emits as a file; both readers
 * load only when a document of their kind is chosen.
 */
export async function readStrategyFile(file: File): Promise<string> {
  const { readDocumentText } = await import('../../core/documents/read-document.ts');
  return readDocumentText(await file.arrayBuffer(), file.name, { loadPdf });
}

async function loadPdf(): Promise<PdfJs> {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs?url')]);
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  return pdfjs as unknown as PdfJs;
}
