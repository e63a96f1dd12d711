import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** WCAG 2.2 AA as axe-core checks it (A11Y-8) */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PAGES = ['/', '/allied-intervention/', '/en/allied-intervention/'];
const WIDTHS = [320, 390, 1280];

for (const path of PAGES) {
	for (const width of WIDTHS) {
		test(`axe finds no WCAG 2.2 AA violation on ${path} at ${width} px`, async ({ page }) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(path);
			if (path !== '/') await expect(page.getByTestId('map')).toHaveAttribute('data-settled', 'true');
			// the section tables are checked unfolded
			await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
			const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			const found = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help}`);
			expect(found).toEqual([]);
		});
	}
}

test('at 320 px wide nothing scrolls sideways', async ({ page }) => {
	await page.setViewportSize({ width: 320, height: 640 });
	for (const path of PAGES) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
});
