import { expect, test } from '@playwright/test';
import { compileScene } from '../../src/lib/scene/compile';
import { stepWarnings } from '../../src/lib/scene/warnings';
import { readStory } from '../../src/lib/server/stories';

function load(id: string) {
	const result = readStory(`stories/${id}/story.yaml`);
	if (!result.ok) throw new Error(`${id} does not parse: run npm run story:check`);
	const scene = compileScene(result.story, 'ja');
	return { story: result.story, scene, warnings: stepWarnings(result.story, scene).map((w) => w.map((x) => x.kind)) };
}

test('the storyboard shows every step as a static map with its date and both texts, and no script', async ({ page }) => {
	const { scene } = load('dunkirk');
	const scripts: string[] = [];
	page.on('request', (r) => {
		if (r.resourceType() === 'script') scripts.push(r.url());
	});
	await page.goto('/dunkirk/storyboard/');
	const steps = page.locator('.board > li');
	await expect(steps).toHaveCount(scene.steps.length);
	await expect(steps.first()).toContainText('1940年5月10日 / 10 May 1940');
	await expect(steps.first()).toContainText('On 10 May 1940 Germany invaded');
	// each map references the one basemap file instead of inlining it
	await expect(page.locator('.board svg.map-svg image[href="/dunkirk/basemap.svg"]')).toHaveCount(scene.steps.length);
	expect(scripts).toEqual([]);
});

for (const id of ['dunkirk', 'allied-intervention']) {
	test(`the storyboard of ${id} lists each step's warnings`, async ({ page }) => {
		const { warnings } = load(id);
		await page.goto(`/${id}/storyboard/`);
		const shown = await page
			.locator('.board > li')
			.evaluateAll((lis) => lis.map((li) => [...li.querySelectorAll('[data-warning]')].map((e) => e.getAttribute('data-warning'))));
		expect(shown).toEqual(warnings);
	});
}
