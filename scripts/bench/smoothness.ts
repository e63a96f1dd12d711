/**
 * Smoothness: a page scrolled step by step with the wheel at 4x CPU throttling, with a trace
 * running, and its main-thread frames measured per step (frames.ts).
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import type { Scene } from '../../src/lib/scene/types';
import type { SmoothFigures } from './budgets';
import { frameStats, markedThread, markedWindows, smoothFigures, type TraceEvent, type Window } from './frames';

const DESKTOP = { width: 1440, height: 900 };
const MARK = 'bench:';
/** the bench scrolls by wheel, this many px every WHEEL_MS ms: a steady 2,500 px/s */
const WHEEL_PX = 100;
const WHEEL_MS = 40;

/** a run's figures: camera moves, force-only animations, and all steps */
export interface SmoothKinds {
	camera: SmoothFigures;
	force: SmoothFigures;
	all: SmoothFigures;
}

export interface SmoothRun {
	/** the map is live on the page (false for the page without its scripts) */
	map?: boolean;
	/** the last step scrolled to (default: the story's last) */
	to?: number;
	/** where to keep the trace, for a look in the DevTools performance panel */
	traceFile?: string;
}

/**
 * Resolves when the map shows step `id` settled. Not Playwright's locator.waitFor: that polls the
 * DOM on every animation frame inside the page, and its queries landed in the very frames being
 * measured (about 150 ms of script per camera move at 4x); a MutationObserver costs nothing until
 * the attributes change.
 */
function settledOn(page: Page, id: string, timeoutMs = 20_000): Promise<void> {
	return page.evaluate(
		// no function bound to a name in here: tsx would wrap it in a helper (__name) the page lacks
		({ id, timeoutMs }) =>
			new Promise<void>((resolve, reject) => {
				const map = document.querySelector('[data-testid="map"]');
				if (!map) return reject(new Error('no map on the page'));
				if (map.getAttribute('data-step') === id && map.getAttribute('data-settled') === 'true') return resolve();
				const observer = new MutationObserver(() => {
					if (map.getAttribute('data-step') !== id || map.getAttribute('data-settled') !== 'true') return;
					observer.disconnect();
					clearTimeout(timer);
					resolve();
				});
				const timer = setTimeout(() => {
					observer.disconnect();
					reject(new Error(`step ${id} did not settle in ${timeoutMs} ms`));
				}, timeoutMs);
				observer.observe(map, { attributes: true, attributeFilter: ['data-step', 'data-settled'] });
			}),
		{ id, timeoutMs }
	);
}

/**
 * Scrolls the page step by step with the wheel at a steady pace, with the CPU throttled 4x and a
 * trace running; each step's window runs from the start of its scroll to the map settling.
 */
export async function smoothness(
	browser: Browser,
	url: string,
	scene: Scene,
	from: number,
	{ map = true, to = scene.steps.length - 1, traceFile }: SmoothRun = {}
): Promise<SmoothKinds & { trace: { events: TraceEvent[]; thread: { pid: number; tid: number }; windows: Window[] } }> {
	const page = await browser.newPage({ viewport: DESKTOP });
	await page.goto(`${url}${from > 0 ? `#${scene.steps[from]!.id}` : ''}`);
	if (map) {
		await page.locator(`[data-testid="map"][data-step="${scene.steps[from]!.id}"][data-settled="true"]`).waitFor();
		await page.locator('[data-testid="map"] svg[data-basemap="ready"]').first().waitFor();
	}
	// the pointer rests on the text column, where a reader's wheel turns
	const column = await page.locator(`[id="${scene.steps[from]!.id}"]`).boundingBox();
	await page.mouse.move(column ? column.x + column.width / 2 : DESKTOP.width / 2, DESKTOP.height / 2);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await browser.startTracing(page, {
		categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'toplevel']
	});
	for (let i = from + 1; i <= to; i++) {
		const id = scene.steps[i]!.id;
		// just past the line (middle of the screen) where the scroll driver changes step, px from here
		let left = await page.evaluate(
			({ id, mark }) => {
				console.timeStamp(`${mark}${id}:start`);
				return document.getElementById(id)!.getBoundingClientRect().top - innerHeight * 0.5 + 40;
			},
			{ id, mark: MARK }
		);
		// wheel input, as a reader scrolls: the browser scrolls off the main thread, and no script
		// of the bench's runs in the page while it does (a scrollBy loop in the page was a task of
		// 1.5-5 ms at every step of 100 px, counted as the page's work)
		while (left > 1) {
			const delta = Math.min(WHEEL_PX, left);
			await page.mouse.wheel(0, delta);
			left -= delta;
			await new Promise((r) => setTimeout(r, WHEEL_MS));
		}
		// on a still page nothing moves once the scroll stops: the window ends after its last frame
		// (the browser eases a wheel's scroll over about 200 ms)
		if (map) await settledOn(page, id);
		else await page.waitForTimeout(300);
		await page.evaluate(({ id, mark }) => console.timeStamp(`${mark}${id}:end`), { id, mark: MARK });
	}
	const trace = await browser.stopTracing();
	if (traceFile) writeFileSync(traceFile, trace);
	const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
	await page.close();
	const index = new Map(scene.steps.map((s, i) => [s.id, i]));
	const moves = (id: string) => {
		const i = index.get(id)!;
		return scene.steps[i]!.camera.join() !== scene.steps[i - 1]!.camera.join();
	};
	const windows = markedWindows(events, MARK, moves);
	const thread = markedThread(events, MARK);
	if (!thread) throw new Error('the trace has no marks from the page');
	const of = (camera: boolean) => smoothFigures(frameStats(events, thread, windows.filter((w) => w.camera === camera)));
	return { camera: of(true), force: of(false), all: smoothFigures(frameStats(events, thread, windows)), trace: { events, thread, windows } };
}
