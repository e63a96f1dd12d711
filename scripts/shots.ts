/**
 * `npm run shots -- [url-path ...]`: screenshots of the built site on a phone (390x844) and a
 * desktop (1440x900), Japanese and English, at several steps, into shots/ for a person to look at.
 * Needs the site served (npm start) at SHOTS_ORIGIN (default http://127.0.0.1:4173).
 */
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium';

const origin = process.env.SHOTS_ORIGIN ?? 'http://127.0.0.1:4173';
const story = process.argv[2] ?? 'allied-intervention';
const steps = process.argv.slice(3);
const viewports = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };

mkdirSync('shots', { recursive: true });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
for (const [device, viewport] of Object.entries(viewports)) {
	for (const prefix of ['', '/en']) {
		for (const step of steps.length ? steps : ['']) {
			const page = await browser.newPage({ viewport, deviceScaleFactor: 1 });
			await page.goto(`${origin}${prefix}/${story}/${step ? `#${step}` : ''}`);
			// the prerendered page already says step 1 and settled: wait for the script to take over
			const map = step ? `[data-testid="map"][data-step="${step}"][data-settled="true"]` : '[data-testid="map"][data-settled="true"]';
			await page.locator(map).waitFor();
			await page.locator('[data-testid="map"] svg[data-basemap="ready"]').first().waitFor();
			await page.waitForTimeout(300);
			const file = `shots/${device}-${prefix ? 'en' : 'ja'}-${step || 'top'}.png`;
			await page.screenshot({ path: file });
			console.log(file);
			await page.close();
		}
	}
}
await browser.close();
