import { expect, test, type Page } from '@playwright/test';
import { basemapBox } from '../../src/lib/geo/extent';
import { compileScene } from '../../src/lib/scene/compile';
import { formatDate } from '../../src/lib/story/format';
import { readStory } from '../../src/lib/server/stories';

const result = readStory('stories/allied-intervention/story.yaml');
if (!result.ok) throw new Error('the flagship story does not parse: run npm run story:check');
const scene = compileScene(result.story, 'en');
const ids = scene.steps.map((s) => s.id);
const PAGE = '/en/allied-intervention/';
const map = (page: Page) => page.getByTestId('map');

test.use({ viewport: { width: 1280, height: 800 } });

test('the keyboard walks through every step and back', async ({ page }) => {
	await page.goto(PAGE);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	for (const id of ids.slice(1)) {
		await page.keyboard.press('ArrowDown');
		await expect(map(page)).toHaveAttribute('data-step', id);
	}
	await page.keyboard.press('k');
	await expect(map(page)).toHaveAttribute('data-step', ids[ids.length - 2]!);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
});

test('the skip links are the first stops of the tab order and lead to the text', async ({ page }) => {
	await page.goto(PAGE);
	await page.keyboard.press('Tab');
	const skip = page.locator(':focus');
	await expect(skip).toHaveAttribute('href', '#story-text');
	await expect(skip).toBeVisible();
	await page.keyboard.press('Enter');
	// the text comes into view (the URL may then name the step being read, as scrolling does)
	await expect(page.locator(`article[data-step="${ids[0]}"]`)).toBeInViewport();
	expect(await page.evaluate(() => document.getElementById('story-text')!.getBoundingClientRect().top)).toBeLessThan(50);
});

test('the date ribbon goes to the step nearest the chosen day, by keyboard and by click', async ({ page }) => {
	await page.goto(PAGE);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	const ribbon = page.getByRole('slider');
	await ribbon.focus();
	await page.keyboard.press('End');
	await expect(map(page)).toHaveAttribute('data-step', ids[ids.length - 1]!);
	await page.keyboard.press('ArrowLeft');
	await expect(map(page)).toHaveAttribute('data-step', ids[ids.length - 2]!);
	await expect(ribbon).toHaveAttribute('aria-valuetext', new RegExp(`\\(${ids.length - 1} / ${ids.length}\\)$`));
	// a tick per step, those read drawn apart from those to come
	const ticks = (which: string) => page.locator(`.ticks path${which}`).evaluate((p) => (p.getAttribute('d')?.match(/M/g) ?? []).length);
	expect([await ticks('.done'), await ticks(':not(.done)')]).toEqual([ids.length - 1, 1]);
	// a click at the far left of the track is 1917: the first step
	const box = (await ribbon.boundingBox())!;
	await page.mouse.click(box.x + 2, box.y + box.height / 2);
	await expect(map(page)).toHaveAttribute('data-step', ids[0]!);
	await expect(page.locator(`article[data-step="${ids[0]}"]`)).toBeInViewport();
});

test('the language link keeps the step being read', async ({ page }) => {
	const i = 12;
	await page.goto(`${PAGE}#${ids[i]}`);
	await expect(map(page)).toHaveAttribute('data-step', ids[i]!);
	await page.locator('.toolbar').getByRole('link', { name: '日本語' }).click();
	await expect(page).toHaveURL(new RegExp(`/allied-intervention/#${ids[i]}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
	await expect(map(page)).toHaveAttribute('data-step', ids[i]!);
});

test('the motion switch turns animation off: steps jump, never unsettled, with nothing animated', async ({ page }) => {
	await page.goto(PAGE);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	const toggle = page.getByRole('button', { name: 'Animation' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	// every value data-settled takes from here on
	await page.getByTestId('map').evaluate((el) => {
		const w = window as unknown as { settled_: string[] };
		w.settled_ = [];
		new MutationObserver(() => w.settled_.push(el.getAttribute('data-settled') ?? '')).observe(el, { attributes: true, attributeFilter: ['data-settled', 'data-step'] });
	});
	await page.locator('body').press('ArrowDown');
	await expect(map(page)).toHaveAttribute('data-step', ids[1]!);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
	const seen = await page.evaluate(() => (window as unknown as { settled_: string[] }).settled_);
	expect(seen.length).toBeGreaterThan(0);
	expect(seen).not.toContain('false');
});

test('a move runs as Web Animations in step with the map: marks and basemap animate, and nothing is left running once settled', async ({ page }) => {
	// the first step whose camera moves
	const i = scene.steps.findIndex((s, k) => k > 0 && s.camera.join() !== scene.steps[k - 1]!.camera.join());
	await page.goto(`${PAGE}#${ids[i - 1]}`);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	await page.locator('body').press('ArrowDown');
	await expect(map(page)).toHaveAttribute('data-step', ids[i]!);
	const animations = () =>
		page.evaluate(() =>
			document.getAnimations().map((a) => {
				const target = (a.effect as KeyframeEffect).target as Element;
				const { duration, easing } = a.effect!.getTiming();
				return { cls: target.getAttribute('class') ?? '', state: a.playState, start: a.startTime, timing: `${duration} ${easing}` };
			})
		);
	// the marks' animations start in a task after the camera's (MapView)
	await expect.poll(async () => (await animations()).filter((a) => /\bmark\b/.test(a.cls)).length).toBeGreaterThan(0);
	const running = await animations();
	expect(await map(page).getAttribute('data-settled')).toBe('false');
	expect(running.some((a) => /\bbasemap\b/.test(a.cls))).toBe(true);
	expect(running.every((a) => a.state === 'running')).toBe(true);
	// all timed from the move's start, and eased alike
	expect(new Set(running.map((a) => a.start)).size).toBe(1);
	expect(new Set(running.map((a) => a.timing)).size).toBe(1);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
});

test('in a move, the dot of each place named stays on that place on the basemap at every frame', async ({ page }) => {
	// the move that zooms the most: where a difference of timing between marks and map shows most
	const zoom = (k: number) => Math.abs(Math.log(scene.steps[k]!.camera[2] / scene.steps[k - 1]!.camera[2]));
	const i = scene.steps.reduce((best, _, k) => (k > 0 && zoom(k) > zoom(best) ? k : best), 1);
	const box = basemapBox(scene.width, scene.height);
	const places = Object.fromEntries(Object.values(scene.places).map((p) => [p.name, [p.x, p.y]]));
	await page.goto(`${PAGE}#${ids[i - 1]}`);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	await expect(page.locator('[data-testid="map"] svg[data-basemap="ready"]')).toHaveCount(1);
	await page.locator('body').press('ArrowDown');
	// at each frame until the map settles: the dots in view that the move animates, and where the basemap picture puts their places
	const frames = await page.evaluate(
		([box, places]) =>
			new Promise<number[][]>((done) => {
				const out: number[][] = [];
				const map = document.querySelector('[data-testid="map"]')!;
				const tick = () => {
					const view = map.getBoundingClientRect();
					const img = map.querySelector('img.basemap')!.getBoundingClientRect();
					const misses: number[] = [];
					for (const mark of map.querySelectorAll<HTMLElement>('.labels .mark')) {
						const at = places[mark.textContent!.trim()];
						const { left: x, top: y } = mark.getBoundingClientRect();
						if (!at || mark.getAnimations().length === 0 || x < view.left || x > view.right || y < view.top || y > view.bottom) continue;
						misses.push(Math.hypot(x - (img.left + ((at[0]! - box[0]) / box[2]) * img.width), y - (img.top + ((at[1]! - box[1]) / box[3]) * img.height)));
					}
					out.push(misses);
					if (map.getAttribute('data-settled') === 'true') done(out);
					else requestAnimationFrame(tick);
				};
				requestAnimationFrame(tick);
			}),
		[box, places] as const
	);
	const seen = frames.filter((misses) => misses.length > 0);
	expect(seen.length).toBeGreaterThan(10);
	// px: the dots are placed to 0.1 px, the basemap's transform to 0.01 px and 1e-5 of scale
	expect(Math.max(...seen.flat())).toBeLessThan(1.5);
});

test('a move runs on the compositor: only the dash offsets of lines being drawn need the main thread', async ({ page, browser }) => {
	// the first step whose camera moves
	const i = scene.steps.findIndex((s, k) => k > 0 && s.camera.join() !== scene.steps[k - 1]!.camera.join());
	await page.goto(`${PAGE}#${ids[i - 1]}`);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	// Chromium writes, for each animation it starts, why it could not run it on the compositor
	await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
	await page.locator('body').press('ArrowDown');
	await expect(map(page)).toHaveAttribute('data-step', ids[i]!);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	type Data = { nodeName?: string; compositeFailed?: number; unsupportedProperties?: string[] };
	const events = (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: { name: string; ph: string; args?: { data?: Data } }[] }).traceEvents;
	const animations = events.filter((e) => e.name === 'Animation').map((e) => ({ ph: e.ph, ...e.args?.data }));
	// each animation begins with its element's name; one left on the main thread says why
	const marks = animations.filter((a) => a.ph === 'b' && /^DIV class='mark\b/.test(a.nodeName ?? ''));
	expect(marks.length).toBeGreaterThan(0);
	const mainThread = animations.filter((a) => a.compositeFailed && !(a.unsupportedProperties ?? []).includes('stroke-dashoffset'));
	expect(mainThread).toEqual([]);
});

test('a long flight lays the basemap out again at the zooms it passes, and ends at the zoom of its step', async ({ page }) => {
	// the step whose move's camera changes the most in width
	const ratio = (k: number) => Math.max(scene.steps[k]!.camera[2], scene.steps[k - 1]!.camera[2]) / Math.min(scene.steps[k]!.camera[2], scene.steps[k - 1]!.camera[2]);
	const far = scene.steps.reduce((best, s, k) => (k > 0 && ratio(k) > ratio(best) ? k : best), 1);
	await page.goto(`${PAGE}#${ids[far - 1]}`);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	const img = page.locator('img.basemap');
	const before = await img.getAttribute('width');
	// every layout width the picture takes until the map settles
	await page.evaluate(() => {
		const w = window as unknown as { widths_: string[] };
		w.widths_ = [];
		const el = document.querySelector('img.basemap')!;
		new MutationObserver(() => w.widths_.push(el.getAttribute('width') ?? '')).observe(el, { attributes: true, attributeFilter: ['width'] });
	});
	await page.locator('body').press('ArrowDown');
	await expect(map(page)).toHaveAttribute('data-step', ids[far]!);
	await expect(map(page)).toHaveAttribute('data-settled', 'false');
	await expect(map(page)).toHaveAttribute('data-settled', 'true', { timeout: 15_000 });
	const widths = await page.evaluate(() => (window as unknown as { widths_: string[] }).widths_);
	const settled = await img.getAttribute('width');
	expect(new Set([before, ...widths]).size).toBeGreaterThanOrEqual(3);
	expect(widths.at(-1)).toBe(settled);
	// at rest, the picture is laid out for the step's own camera: the same as a deep link draws
	await page.goto(`${PAGE}#${ids[far]}`);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	expect(await img.getAttribute('width')).toBe(settled);
});

test('"copy link" copies the URL of the step being read', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const i = 5;
	await page.goto(`${PAGE}#${ids[i]}`);
	await expect(map(page)).toHaveAttribute('data-settled', 'true');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`${PAGE}#${ids[i]}$`));
});

test('back and forward move between steps reached by links', async ({ page }) => {
	await page.goto(`${PAGE}#${ids[3]}`);
	await expect(map(page)).toHaveAttribute('data-step', ids[3]!);
	const target = ids.findIndex((id, k) => k > 3 && scene.steps[k]!.sectionId !== scene.steps[3]!.sectionId);
	await page.evaluate((id) => (location.hash = id), ids[target]!);
	await expect(map(page)).toHaveAttribute('data-step', ids[target]!);
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`#${ids[3]}$`));
	await expect(map(page)).toHaveAttribute('data-step', ids[3]!);
	await page.goForward();
	await expect(map(page)).toHaveAttribute('data-step', ids[target]!);
});

test('each section has a table of its movements behind a disclosure', async ({ page }) => {
	await page.goto(PAGE);
	const tables = page.locator('details.table');
	expect(await tables.count()).toBeGreaterThan(5);
	const first = tables.first();
	await first.locator('summary').click();
	await expect(first.locator('table')).toBeVisible();
	await expect(first.locator('th[scope="col"]')).toHaveText(['Date', 'Force', 'Action', 'Place', 'Strength']);
	expect(await first.locator('tbody tr').count()).toBeGreaterThan(0);
});

for (const [width, height] of [
	[768, 1024],
	[844, 390]
]) {
	test(`at ${width}x${height} (a tablet upright, a phone on its side), the map has over half the width and its buttons keep their words on one line`, async ({ page }) => {
		await page.setViewportSize({ width: width!, height: height! });
		for (const path of ['/allied-intervention/', PAGE]) {
			await page.goto(path);
			await expect(map(page)).toHaveAttribute('data-settled', 'true');
			expect((await map(page).boundingBox())!.width).toBeGreaterThan(width! / 2);
			// the lines each button's words take: the line boxes of its text
			const lines = await map(page)
				.locator('.toolbar .button')
				.evaluateAll((buttons) =>
					buttons.map((b) => {
						const tops = new Set<number>();
						const walker = document.createTreeWalker(b, NodeFilter.SHOW_TEXT);
						const range = document.createRange();
						for (let node = walker.nextNode(); node; node = walker.nextNode()) {
							range.selectNodeContents(node);
							for (const r of range.getClientRects()) if (r.width > 0) tops.add(Math.round(r.top));
						}
						return `${b.textContent!.trim()}: ${tops.size}`;
					})
				);
			expect(lines.length).toBe(3);
			for (const line of lines) expect(line).toMatch(/: 1$/);
		}
	});
}

test('the buttons on the map never cover its date: the longest date, in both languages, on a phone, a phone on its side, a tablet and a laptop', async ({ page }) => {
	const [ja, en] = (['ja', 'en'] as const).map((lang) => compileScene(result.story, lang));
	const longest = (s: typeof scene) => s.steps.reduce((a, b) => (formatDate(b.date, s.lang, b.approx).length > formatDate(a.date, s.lang, a.approx).length ? b : a));
	for (const [width, height] of [
		[390, 844],
		[844, 390],
		[768, 1024],
		[1280, 800]
	]) {
		await page.setViewportSize({ width: width!, height: height! });
		for (const [path, s] of [
			['/allied-intervention/', ja!],
			[PAGE, en!]
		] as const) {
			await page.goto(`${path}#${longest(s).id}`);
			await expect(map(page)).toHaveAttribute('data-settled', 'true');
			const date = (await map(page).locator('.map-date').boundingBox())!;
			for (const control of await map(page).locator('.toolbar .button').all()) {
				const b = (await control.boundingBox())!;
				const apart = b.x >= date.x + date.width || b.x + b.width <= date.x || b.y >= date.y + date.height || b.y + b.height <= date.y;
				expect(apart, `${width}x${height} ${s.lang}: ${await control.textContent()} (${JSON.stringify(b)}) over the date (${JSON.stringify(date)})`).toBe(true);
			}
		}
	}
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('a step gone to rests under the map with nothing else over the map: no other card, no heading', async ({ page }) => {
		await page.goto(PAGE);
		await expect(map(page)).toHaveAttribute('data-settled', 'true');
		// every step, as a link or key puts it (scrollIntoView keeps the steps' scroll margins, as a #step does)
		const overlaps = (await page.evaluate(`(() => {
			const steps = [...document.querySelectorAll('article[data-step]')];
			const out = [];
			for (const step of steps) {
				step.scrollIntoView({ block: 'start', behavior: 'instant' });
				// the map sticks to the top of the screen once the masthead has gone by
				const mapBottom = document.querySelector('[data-testid="map"]').getBoundingClientRect().bottom;
				const top = step.getBoundingClientRect().top;
				if (top < mapBottom - 1) out.push(step.id + ': its card starts at ' + Math.round(top) + ', over the map');
				for (const other of steps) {
					if (other === step) continue;
					const r = other.querySelector('.card').getBoundingClientRect();
					if (r.bottom > 1 && r.top < mapBottom - 1) out.push(step.id + ': the card of ' + other.id + ' is over the map');
				}
				for (const h of document.querySelectorAll('.chapter h2, .chapter .embed-open')) {
					const r = h.getBoundingClientRect();
					// 12 px: a two-line heading reaches that far into the timeline's lower edge
					if (r.bottom > 1 && r.top < mapBottom - 12) out.push(step.id + ': ' + h.textContent.trim() + ' is over the map');
				}
			}
			return out;
		})()`)) as string[];
		expect(overlaps).toEqual([]);
	});
});
