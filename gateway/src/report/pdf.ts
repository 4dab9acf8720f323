import { existsSync } from 'node:fs';

/**
 * Prints the report's HTML to PDF with headless Chromium (Debian's `chromium` package driven by
 * playwright-core, which downloads no browser). The page is self-contained (inline SVG and styles), so the
 * browser is not allowed to fetch anything at all.
 */
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

/** One browser at a time: a Chromium takes a few hundred MB, and PDF requests that arrive together wait in turn. */
let queue: Promise<unknown> = Promise.resolve();

/** No Chromium on this machine (e.g. a slim service image): the HTML report still works, the PDF cannot. */
export class PdfUnavailableError extends Error {}

export function printPdf(html: string, opts: { footer: string; executablePath?: string }): Promise<Buffer> {
  const executable = opts.executablePath ?? CHROMIUM_PATH;
  if (!existsSync(executable)) {
    return Promise.reject(new PdfUnavailableError(`PDF printing needs Chromium at ${executable} (Debian package "chromium"); the HTML report works without it`));
  }
  const turn = queue.then(() => print(html, opts));
  queue = turn.catch(() => undefined);
  return turn;
}

async function print(html: string, opts: { footer: string; executablePath?: string }): Promise<Buffer> {
  // Loaded on first print (about 76 MiB resident): a gateway that never prints a PDF never holds it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: opts.executablePath ?? CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const footer = opts.footer.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-family: 'DejaVu Sans', sans-serif; font-size: 8px; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between; color: #555;"><span>${footer}</span><span>Trang <span class="pageNumber"></span>/<span class="totalPages"></span></span></div>`,
    });
  } finally {
    await browser.close();
  }
}
