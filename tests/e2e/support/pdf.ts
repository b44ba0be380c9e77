/**
 * Reading a PDF that Chromium printed (page.pdf()): its pages and the text on each, with pdf.js
 * (the pdfjs-dist devDependency: pure JavaScript, nothing to install on the machine).
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of each page, in reading order, one string per page. */
export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const { items } = await (await doc.getPage(n)).getTextContent();
    pages.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join(''));
  }
  await doc.destroy();
  return pages;
}

/**
 * Text without its white space, so a sentence the sheet wraps over two lines is still found
 * (line ends, and the spaces at them, are not reliably in a PDF's text).
 */
export const squash = (s: string) => s.replace(/\s+/g, '');
