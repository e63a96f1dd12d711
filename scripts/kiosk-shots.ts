/**
 * `npm run kiosk:shots [story]`: screenshots of the kiosk page in landscape (1920x1080) and
 * portrait (1080x1920), the attract loop, a step in Japanese and English, the idle warning, and a
 * 4K landscape screen, into shots/ for a person to look at. Playwright's clock drives the time.
 * Needs the site served (npm start) at SHOTS_ORIGIN (default http://127.0.0.1:4173).
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium';

const origin = process.env.SHOTS_ORIGIN ?? 'http://127.0.0.1:4173';
const story = process.argv[2] ?? 'allied-intervention';
const screens = { landscape: { width: 1920, height: 1080 }, portrait: { width: 1080, height: 1920 }, '4k': { width: 3840, height: 2160 } };

mkdirSync('shots', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const tap = (page: Page, id: string) => page.getByTestId(id).click();
for (const [name, viewport] of Object.entries(screens)) {
	const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
	const page = await context.newPage();
	await page.clock.install();
	await page.goto(`${origin}/${story}/kiosk/`);
	await page.locator('[data-testid="kiosk"][data-live="true"]').waitFor();
	await page.locator('[data-testid="map"] svg[data-basemap="ready"]').first().waitFor();
	const shot = async (what: string) => {
		// the map's move into a step lasts at most a few seconds
		await page.clock.runFor(4000);
		// a crossfade (slow frames, as on a busy machine) runs on real time
		await page.waitForTimeout(800);
		// on a busy machine a screenshot under the fake clock now and then waits for a frame in vain
		for (let attempt = 1; ; attempt++) {
			try {
				await page.screenshot({ path: `shots/kiosk-${name}-${what}.png`, timeout: 20_000 });
				break;
			} catch (e) {
				if (attempt === 3) throw e;
				await page.clock.runFor(100);
			}
		}
		console.log(`shots/kiosk-${name}-${what}.png`);
	};
	await shot('attract');
	if (name === '4k') {
		await context.close();
		continue;
	}
	await tap(page, 'attract');
	for (let i = 0; i < 7; i++) await tap(page, 'next');
	await shot('ja');
	await tap(page, 'lang');
	await shot('en');
	await tap(page, 'size-2');
	await shot('en-large');
	await page.clock.runFor(90_000);
	await shot('warning-en');
	await tap(page, 'continue');
	await tap(page, 'lang');
	await page.clock.runFor(90_000);
	await shot('warning-ja');
	await context.close();
}
await browser.close();
