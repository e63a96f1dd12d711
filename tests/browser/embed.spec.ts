/**
 * Embeds as a journalist's page would have them: a host page on one origin (127.0.0.1) with the
 * pasted snippet, the site on another (localhost, same server), the host script resizing.
 */
import { expect, test, type Page } from '@playwright/test';
import { embedLinks, embedSnippet, iframeHtml } from '../../src/lib/embed/snippet';
import { readStory } from '../../src/lib/server/stories';
import { ORIGIN } from '../../playwright.config';

const result = readStory('stories/allied-intervention/story.yaml');
if (!result.ok) throw new Error('the flagship story does not parse: run npm run story:check');
const story = result.story;
/** two sections with several steps each, so that the stepper has somewhere to go */
const [one, two] = story.sections.filter((s) => s.steps.length >= 3) as [(typeof story.sections)[number], (typeof story.sections)[number]];
const SITE = ORIGIN.replace('127.0.0.1', 'localhost');
const HOST = `${ORIGIN}/`;

interface HostFrame {
	id: string;
	section: string;
	lang?: 'ja' | 'en';
	sandbox?: string;
	/** query and fragment added to the embed URL */
	extra?: string;
}

/** the host page: each frame as the dialog's snippet gives it (one script tag for all) */
function hostHtml(frames: HostFrame[]): string {
	const body = frames
		.map(({ id, section, lang = 'ja', sandbox, extra = '' }) => {
			const links = embedLinks(SITE, story.id, section, lang, `${section} embed`);
			const html = iframeHtml({ ...links, src: links.src + extra });
			return `<p>Paragraph before ${id}.</p>${html.replace('<iframe ', `<iframe id="${id}" ${sandbox ? `sandbox="${sandbox}" ` : ''}`)}`;
		})
		.join('\n');
	const script = embedSnippet(embedLinks(SITE, story.id, one.id, 'ja', '')).split('\n')[1];
	return `<!doctype html><html><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script>window.received = []; addEventListener('message', (e) => window.received.push(e.data));</script>
</head><body style="max-width:700px;margin:0 auto">${body}<p>After.</p>${script}</body></html>`;
}

/** the host page is written into a page of the site's server reached as 127.0.0.1, a real network origin */
async function openHost(page: Page, frames: HostFrame[]): Promise<string[]> {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	// the host page written here names no icon, so the browser asks for /favicon.ico: not the embed's error
	await page.route('**/favicon.ico', (r) => r.fulfill({ status: 204 }));
	await page.goto(HOST);
	await page.setContent(hostHtml(frames));
	return errors;
}

/** the frame's element height on the host page and its content's height, CSS px */
async function heights(page: Page, id: string): Promise<{ outer: number; inner: number; scrolls: boolean }> {
	const outer = await page.locator(`#${id}`).evaluate((e) => e.getBoundingClientRect().height);
	const frame = (await (await page.locator(`#${id}`).elementHandle())!.contentFrame())!;
	const { inner, scrolls } = await frame.evaluate(() => ({
		inner: document.querySelector('.embed')!.getBoundingClientRect().height,
		scrolls: document.documentElement.scrollHeight > innerHeight
	}));
	return { outer, inner, scrolls };
}

async function expectFitted(page: Page, id: string) {
	await expect.poll(async () => {
		const h = await heights(page, id);
		return Math.abs(h.outer - Math.ceil(h.inner)) <= 1 && !h.scrolls;
	}).toBe(true);
}

const contentFrame = async (page: Page, id: string) => (await (await page.locator(`#${id}`).elementHandle())!.contentFrame())!;

test.use({ viewport: { width: 1000, height: 900 } });

test('two embedded sections are as tall as their content, after load and after each step', async ({ page }) => {
	const errors = await openHost(page, [
		{ id: 'a', section: one.id },
		{ id: 'b', section: two.id, lang: 'en' }
	]);
	const a = page.frameLocator('#a');
	const b = page.frameLocator('#b');
	await expect(a.getByTestId('map')).toHaveAttribute('data-settled', 'true');
	await expect(b.getByTestId('map')).toHaveAttribute('data-settled', 'true');
	await expectFitted(page, 'a');
	await expectFitted(page, 'b');
	expect((await heights(page, 'a')).outer).not.toBe(720);

	// by click
	await a.getByRole('button', { name: '次へ' }).click();
	await expect(a.getByTestId('step-count')).toHaveText(`2 / ${one.steps.length}`);
	await expect(a.getByTestId('map')).toHaveAttribute('data-step', one.steps[1]!.id);
	await expectFitted(page, 'a');

	// by keyboard, in the other frame, which keeps its own step
	await b.getByRole('button', { name: 'Next' }).focus();
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await expect(b.getByTestId('step-count')).toHaveText(`3 / ${two.steps.length}`);
	await expect(b.getByTestId('map')).toHaveAttribute('data-step', two.steps[2]!.id);
	await page.keyboard.press('ArrowLeft');
	await expect(b.getByTestId('map')).toHaveAttribute('data-step', two.steps[1]!.id);
	await expect(a.getByTestId('map')).toHaveAttribute('data-step', one.steps[1]!.id);
	await expectFitted(page, 'b');
	// only the current step's text can be read or reached
	await expect(b.locator(`article[data-step="${two.steps[1]!.id}"]`)).toBeVisible();
	await expect(b.locator(`article[data-step="${two.steps[2]!.id}"]`)).toBeHidden();
	// the link to the full story opens a new tab on the story at this step
	await expect(b.getByRole('link', { name: /Read the full story/ })).toHaveAttribute('target', '_blank');
	await expect(b.getByRole('link', { name: /Read the full story/ })).toHaveAttribute('href', `/en/${story.id}/#${two.steps[1]!.id}`);
	expect(errors).toEqual([]);
});

test('forged messages change nothing, and heights are clamped', async ({ page }) => {
	const errors = await openHost(page, [{ id: 'a', section: one.id }]);
	await expect(page.frameLocator('#a').getByTestId('map')).toHaveAttribute('data-settled', 'true');
	await expectFitted(page, 'a');
	const before = (await heights(page, 'a')).outer;
	const forged = { type: 'scrollymap:height', id: `${story.id}/${one.id}`, height: 2000 };
	// from the host window itself
	await page.evaluate((m) => postMessage(m, '*'), forged);
	// from a frame on another origin (a sandboxed srcdoc frame: origin "null", not our iframe)
	await page.evaluate((m) => {
		const f = document.createElement('iframe');
		f.id = 'evil';
		f.setAttribute('sandbox', 'allow-scripts');
		f.srcdoc = `<script>parent.postMessage(${JSON.stringify(m)}, '*')</script>`;
		document.body.append(f);
	}, forged);
	// from another window, a popup on the site's own origin
	await page.evaluate(([url, m]) => {
		const w = open(url as string);
		setTimeout(() => w?.opener?.postMessage(m, '*'), 300);
	}, [`${SITE}/`, forged] as const);
	await page.waitForTimeout(1000);
	expect(await page.evaluate(() => (window as unknown as { received: unknown[] }).received.filter((d) => (d as { height?: number })?.height === 2000).length)).toBeGreaterThanOrEqual(2);
	expect((await heights(page, 'a')).outer).toBe(before);

	// the embed itself, asking for too much or too little, is clamped
	const inner = await contentFrame(page, 'a');
	await inner.evaluate((id) => parent.postMessage({ type: 'scrollymap:height', id, height: 99999 }, '*'), forged.id);
	await expect.poll(async () => (await heights(page, 'a')).outer).toBe(4000);
	await inner.evaluate((id) => parent.postMessage({ type: 'scrollymap:height', id, height: 3 }, '*'), forged.id);
	await expect.poll(async () => (await heights(page, 'a')).outer).toBe(150);
	await inner.evaluate((id) => parent.postMessage({ type: 'scrollymap:height', id, height: 'tall' }, '*'), forged.id);
	await page.waitForTimeout(200);
	expect((await heights(page, 'a')).outer).toBe(150);
	expect(errors).toEqual([]);
});

test('a sandboxed frame (allow-scripts allow-popups) works: map, stepper, resizing; no SvelteKit client', async ({ page }) => {
	const scripts: Promise<string>[] = [];
	// the frame's scripts, not the host's (a page of the site that SvelteKit's client runs)
	page.on('response', (r) => {
		if (r.url().endsWith('.js') && r.frame() !== page.mainFrame()) scripts.push(r.text());
	});
	const errors = await openHost(page, [{ id: 's', section: one.id, sandbox: 'allow-scripts allow-popups' }]);
	const s = page.frameLocator('#s');
	await expect(s.getByTestId('map')).toHaveAttribute('data-settled', 'true');
	// the basemap file arrived and decodes
	await expect(s.locator('[data-testid="map"] svg[data-basemap="ready"]').first()).toBeAttached();
	await expectFitted(page, 's');
	await s.getByRole('button', { name: '次へ' }).click();
	await expect(s.getByTestId('map')).toHaveAttribute('data-step', one.steps[1]!.id);
	await expect(s.getByTestId('step-count')).toHaveText(`2 / ${one.steps.length}`);
	await expectFitted(page, 's');
	expect(errors).toEqual([]);
	// the page's own script hydrates it: SvelteKit's client (its session keys name it) stays out
	expect(scripts.length).toBeGreaterThan(0);
	expect((await Promise.all(scripts)).some((s) => s.includes('sveltekit:scroll')), "SvelteKit's client loaded").toBe(false);
});

test('URL parameters pick the step, mode and theme; Pym and WordPress hosts get heights in their shapes', async ({ page }) => {
	const step = one.steps[2]!.id;
	const errors = await openHost(page, [
		{ id: 'p', section: one.id, extra: `?step=${step}&theme=dark&childId=chart1` },
		{ id: 'w', section: two.id, extra: `?mode=static#?secret=AbC123` }
	]);
	const p = page.frameLocator('#p');
	const w = page.frameLocator('#w');
	await expect(p.getByTestId('map')).toHaveAttribute('data-step', step);
	await expect(p.getByTestId('step-count')).toHaveText(`3 / ${one.steps.length}`);
	await expect(p.locator('.embed')).toHaveAttribute('data-theme', 'dark');
	await expect(w.getByTestId('map')).toHaveAttribute('data-settled', 'true');
	await expect(w.getByTestId('step-count')).toHaveCount(0);
	const received = () => page.evaluate(() => (window as unknown as { received: unknown[] }).received);
	await expect.poll(async () => (await received()).some((d) => typeof d === 'string' && /^pymxPYMxchart1xPYMxheightxPYMx\d+$/.test(d))).toBe(true);
	await expect.poll(async () => (await received()).some((d) => JSON.stringify(d).match(/^\{"secret":"AbC123","message":"height","value":\d+\}$/))).toBe(true);
	// nothing but heights: every message is one of the three height shapes
	for (const d of await received()) {
		const ok = typeof d === 'string' ? /^pymxPYMx\w+xPYMxheightxPYMx\d+$/.test(d) : 'height' in (d as object) || (d as { message?: string }).message === 'height';
		expect(ok, JSON.stringify(d)).toBe(true);
	}
	expect(errors).toEqual([]);
});

test.describe('the story page', () => {
	test('each section has an embed dialog with the snippet; Escape closes it and focus returns', async ({ page }) => {
		await page.goto(`/${story.id}/`);
		const opener = page.locator(`#${two.id} ~ button`);
		await opener.click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await expect(dialog.getByRole('button', { name: 'コードをコピー' })).toBeFocused();
		const code = await dialog.getByTestId('embed-code').innerText();
		expect(code).toContain(`/${story.id}/embed/${two.id}/"`);
		expect(code).toContain('loading="lazy"');
		expect(code).toContain('/embed.js');
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(opener).toBeFocused();
	});
});
