import { expect, test, type Page } from '@playwright/test';
import { compileScene } from '../../src/lib/scene/compile';
import { stateAt } from '../../src/lib/scene/state';
import { readStory } from '../../src/lib/server/stories';
import { SUB_ORIGIN, SUB_PATH } from '../../playwright.config';

const result = readStory('stories/allied-intervention/story.yaml');
if (!result.ok) throw new Error('the flagship story does not parse: run npm run story:check');
const scene = compileScene(result.story, 'ja');
const ids = scene.steps.map((s) => s.id);
const PAGE = '/allied-intervention/';
const map = (page: Page) => page.getByTestId('map');

/** force marks drawn (not faded out) on the map, as "force@strength" sorted */
async function drawnForces(page: Page): Promise<string[]> {
	return page.$$eval('[data-testid="map"] [data-force]', (els) =>
		els.filter((e) => Number(getComputedStyle(e).opacity) > 0).map((e) => `${e.getAttribute('data-force')}@${e.getAttribute('data-strength') ?? ''}`).sort()
	);
}

function expectedForces(index: number): string[] {
	return [...stateAt(scene, index).units.values()].map((u) => `${u.force}@${u.strength === undefined ? '' : [u.strength].flat().join('-')}`).sort();
}

test.use({ viewport: { width: 1280, height: 800 } });

test('scrolling through the story, data-step follows every step in order', async ({ page }) => {
	await page.goto(PAGE);
	for (const id of ids) {
		await page.locator(`article[data-step="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
		await expect(map(page)).toHaveAttribute('data-step', id);
	}
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	expect(await drawnForces(page)).toEqual(expectedForces(ids.length - 1));
});

test('a fast scroll to the bottom ends on the last step with its state', async ({ page }) => {
	await page.goto(PAGE);
	await expect(map(page)).toHaveAttribute('data-step', ids[0]!);
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	const last = ids[ids.length - 1]!;
	await expect(map(page)).toHaveAttribute('data-step', last);
	await expect(map(page)).toHaveAttribute('data-settled', 'true', { timeout: 10_000 });
	await expect(map(page)).toHaveAttribute('data-date', scene.steps[ids.length - 1]!.date);
	expect(await drawnForces(page)).toEqual(expectedForces(ids.length - 1));
});

test('a deep link opens its step in exactly its state', async ({ page }) => {
	const i = Math.floor(ids.length / 2);
	await page.goto(`${PAGE}#${ids[i]}`);
	await expect(map(page)).toHaveAttribute('data-step', ids[i]!);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	expect(await drawnForces(page)).toEqual(expectedForces(i));
});

test('the step text stays in the page after the JavaScript starts, and is not in the JavaScript; no SvelteKit client', async ({ page }) => {
	const scripts: string[] = [];
	page.on('response', async (r) => {
		if (r.url().endsWith('.js')) scripts.push(await r.text());
	});
	await page.goto(PAGE);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	const first = page.locator(`article[data-step="${ids[0]}"] .text`);
	const text = (await first.innerText()).trim();
	expect(text.length).toBeGreaterThan(10);
	const sample = text.slice(0, 12);
	expect(scripts.some((s) => s.includes(sample)), `"${sample}" found in a script`).toBe(false);
	expect(await page.content()).toContain(sample);
	// the page's own script hydrates the map: SvelteKit's client (its router's start read each of
	// the page's 500 links) is not loaded; its session keys name it
	expect(scripts.some((s) => s.includes('sveltekit:scroll')), "SvelteKit's client loaded").toBe(false);
});

test('pages log no error, not even for a missing icon: the site index, both story pages, an embed, a storyboard', async ({ page }) => {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
	page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
	const section = result.story.sections[1]!.id;
	for (const path of ['/', PAGE, `/en${PAGE}`, `${PAGE}embed/${section}/`, `${PAGE}storyboard/`]) {
		await page.goto(path, { waitUntil: 'networkidle' });
	}
	expect(errors).toEqual([]);
});

test('the text column is not hydrated: the active card follows the map, and the pictures for readers without JS are never fetched', async ({ page }) => {
	const pictures: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('/image/')) pictures.push(r.url());
	});
	await page.goto(`${PAGE}#${ids[3]}`);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	await expect(page.locator('article.step.active')).toHaveCount(1);
	await expect(page.locator(`article[data-step="${ids[3]}"]`)).toHaveClass(/\bactive\b/);
	await page.keyboard.press('ArrowDown');
	await expect(page.locator(`article[data-step="${ids[4]}"]`)).toHaveClass(/\bactive\b/);
	await expect(page.locator('article.step.active')).toHaveCount(1);
	await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
	await expect(map(page)).toHaveAttribute('data-step', ids[ids.length - 1]!);
	expect(pictures).toEqual([]);
});

test('the English page has lang="en" and every step', async ({ page }) => {
	await page.goto(`/en${PAGE}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('article[data-step]')).toHaveCount(ids.length);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test("every step has its text, and every section the picture of its last step", async ({ page }) => {
		await page.goto(PAGE);
		await expect(page.locator('article[data-step] .text p').first()).toBeVisible();
		for (const id of ids) expect((await page.locator(`article[data-step="${id}"] .text`).innerText()).trim().length).toBeGreaterThan(0);
		// the sticky map would stay on the first step: without the script it gives way to the section pictures
		await expect(page.getByTestId('map')).toBeHidden();
		const sections = page.locator('section.chapter');
		const count = await sections.count();
		const sectionIds = [...new Set(scene.steps.map((s) => s.sectionId))];
		expect(count).toBe(sectionIds.length);
		for (let i = 0; i < count; i++) {
			const last = scene.steps.filter((s) => s.sectionId === sectionIds[i]).at(-1)!;
			const img = sections.nth(i).locator('.static-map img');
			await expect(img).toHaveAttribute('src', `/${scene.id}/image/${last.id}.svg`);
			await img.scrollIntoViewIfNeeded();
			await expect(img).toBeVisible();
			// loaded lazily, once near: it arrives and draws
			await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
		}
	});
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });
	test('the map jumps to each step: settled at once, no animation running', async ({ page }) => {
		await page.goto(PAGE);
		for (const id of ids.slice(0, 6)) {
			await page.locator(`article[data-step="${id}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
			await expect(map(page)).toHaveAttribute('data-step', id);
			await expect(map(page)).toHaveAttribute('data-settled', 'true');
			expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
		}
	});
});

test('the site works under a sub-path', async ({ page }) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
	await page.goto(`${SUB_ORIGIN}${SUB_PATH}/`);
	await page.getByRole('link', { name: result.story.title.ja }).click();
	await expect(page).toHaveURL(new RegExp(`^${SUB_ORIGIN}${SUB_PATH}${PAGE}(#.*)?$`));
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	// a link loads the page whole: the prose is only in the prerendered HTML
	await expect(page.locator(`article[data-step="${ids[0]}"] .text`)).toContainText(/\S{5}/);
	await page.locator(`article[data-step="${ids[2]}"]`).evaluate((el) => el.scrollIntoView({ block: 'center' }));
	await expect(map(page)).toHaveAttribute('data-step', ids[2]!);
	expect(errors).toEqual([]);
});
