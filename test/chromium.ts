import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../gateway/src/report/pdf';

/**
 * Headless Chromium for the tests, with the same binary and flags the gateway prints PDFs with: Debian's
 * `chromium` package, driven by playwright-core, which downloads no browser of its own. `.ci/run` installs it.
 */

/** Screenshots, PDFs and PNGs the browser tests keep for a person to look at (gitignored). */
export const ARTEFACTS = join(__dirname, '..', 'test-artefacts');

export function artefactDir(name: string): string {
  const dir = join(ARTEFACTS, name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * Lets only requests to 127.0.0.1 through; every other one is aborted and recorded, so a test can fail when
 * the page tried to reach the internet (as Apollo Sandbox's CDN page did).
 */
export async function loopbackOnly(context: BrowserContext): Promise<string[]> {
  const attempted: string[] = [];
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:' || url.protocol === 'blob:') await route.continue();
    else {
      attempted.push(url.href);
      await route.abort('blockedbyclient');
    }
  });
  return attempted;
}
