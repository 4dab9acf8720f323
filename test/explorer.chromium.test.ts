import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { findOperation } from '../gateway/src/operations';
import { artefactDir, launchChromium, loopbackOnly } from './chromium';
import { gql } from './testkit';
import { startPlatform, type RunningPlatform } from './testkit/platform';

/**
 * The analysts' explorer in a real browser, offline: every request that leaves 127.0.0.1 is blocked and
 * recorded. Signs in with a bearer token, runs the persisted dashboard operation from its preloaded tab and
 * finds the communes' names in the result. Screenshots go to test-artefacts/explorer/.
 */
describe('explorer at / in headless Chromium', () => {
  let p: RunningPlatform;
  let browser: Browser;
  let base: string;
  const shots = artefactDir('explorer');

  beforeAll(async () => {
    p = await startPlatform();
    base = p.gatewayUrl.replace(/\/graphql$/, '');
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await p?.stop();
  }, 120_000);

  it('serves a page whose scripts and styles all come from the gateway itself', async () => {
    const html = await (await fetch(`${base}/`)).text();
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(5);
    for (const ref of refs) {
      expect(ref).toMatch(/^\/explorer\//);
      expect((await fetch(`${base}${ref}`)).status).toBe(200);
    }
  });

  it('signs in, runs the dashboard operation and shows the communes, with no request leaving 127.0.0.1', async () => {
    const dashboard = findOperation('learning-society-dashboard')!;
    const token = await p.token(['analyst']);
    const expected = await gql(p.gatewayUrl, dashboard.document, dashboard.exampleVariables, { bearer: token });
    expect(expected.errors).toBeUndefined();
    const communeNames: string[] = expected.data.province.inYear.districts.flatMap((d: any) => d.communes.map((c: any) => c.name));
    expect(communeNames.length).toBeGreaterThan(100);

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const attempted = await loopbackOnly(context);
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.locator('.graphiql-container').waitFor();
    await page.screenshot({ path: join(shots, '1-signed-out.png') });

    await page.fill('#auth-credential', token);
    await page.click('#signin-button');
    await page.locator('#auth-status', { hasText: 'Signed in with a bearer token' }).waitFor();

    // The persisted operations are preloaded as tabs, titled by their operation names.
    await page.locator('.graphiql-tab', { hasText: dashboard.operationName }).first().click();
    await page.locator('.graphiql-execute-button').click();
    // The result pane is a CodeMirror 5 editor, which renders only the lines in view: read its whole value.
    const resultText = `(document.querySelector('.result-window .CodeMirror')?.CodeMirror?.getValue() ?? '')`;
    await page.waitForFunction(`${resultText}.includes('"data"') || ${resultText}.includes('"errors"')`);
    const shown = JSON.parse(await page.evaluate<string>(resultText));
    expect(shown.errors).toBeUndefined();
    const shownNames: string[] = shown.data.province.inYear.districts.flatMap((d: any) => d.communes.map((c: any) => c.name));
    expect(shownNames).toEqual(communeNames);
    await page.screenshot({ path: join(shots, '2-dashboard.png') });

    // The schema's documentation, with its descriptions.
    await page.locator('button[aria-label="Show Documentation Explorer"]').click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).first().click();
    await page.locator('.graphiql-doc-explorer-content').getByText('province', { exact: true }).first().waitFor();
    await page.screenshot({ path: join(shots, '3-docs.png') });
    await context.close();

    expect(attempted).toEqual([]);
  }, 120_000);

  it('refuses a wrong token in the sign-in box and says so', async () => {
    const context = await browser.newContext();
    const attempted = await loopbackOnly(context);
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.fill('#auth-credential', 'not-a-token');
    await page.click('#signin-button');
    await page.locator('#auth-status', { hasText: 'Sign-in refused' }).waitFor();
    await context.close();
    expect(attempted).toEqual([]);
  });

  it('outside production, the role picker signs in with a freshly minted development token', async () => {
    const context = await browser.newContext();
    const attempted = await loopbackOnly(context);
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await page.locator('#dev-roles:not([hidden])').waitFor();
    await page.selectOption('#dev-role', { label: 'analyst' });
    await page.locator('#auth-status', { hasText: 'Signed in with a bearer token' }).waitFor();
    await context.close();
    expect(attempted).toEqual([]);
  });
});
