/**
 * `npm run bench`: builds the site, serves it, and measures the flagship story page against the
 * budgets of issue 8: first-load bytes (gzipped, by kind) beside maplibre-gl's, Lighthouse
 * (mobile preset) in ja and en, smoothness of scrolling through every step at 4x CPU throttling
 * from a CDP trace (and of the same page without its scripts: the floor, what scrolling alone
 * costs here), and how the engine scales on synthetic stories of 30, 150 and 500 steps.
 * Prints a table, writes bench/results.json, and exits 1 naming every missed budget.
 *
 * BENCH_PORT (default 4178, and the next one) serves the builds. BENCH_SKIP=lighthouse,smooth,scale
 * leaves parts out while working on another (a run that skips anything cannot pass).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium';
import { compileScene } from '../src/lib/scene/compile';
import { frameAt } from '../src/lib/scene/frame';
import { stateAt } from '../src/lib/scene/state';
import type { Scene } from '../src/lib/scene/types';
import { parseStory } from '../src/lib/story/parse';
import { byteKind, bytesByKind, type Transfer } from './bench/bytes';
import { BUDGETS, KB, missedBudgets, type BenchResults, type LighthouseFigures, type ScaleFigures, type SmoothFigures } from './bench/budgets';
import { serveSite } from './bench/serve-site';
import { smoothness, type SmoothKinds } from './bench/smoothness';
import { growthOverLinear, median, medianOfEach } from './bench/stats';
import { syntheticStoryText } from './bench/synthetic';
import { stillPage } from './bench/still-page';

const PORT = Number(process.env.BENCH_PORT ?? 4178);
const SKIP = new Set((process.env.BENCH_SKIP ?? '').split(',').filter(Boolean));
const FLAGSHIP = 'allied-intervention';
const SCALE_STEPS = [30, 150, 500];
/** the 500-step story is scrolled through this many steps at its end, not all 500 (time) */
const SCALE_SMOOTH_STEPS = 30;
const PHONE = { width: 390, height: 844 };
/** where the bench puts the flagship page without its scripts (bench/still-page.ts) */
const STILL = 'still';
const LIGHTHOUSE_RUNS = 3;
/** smoothness runs per page, each figure the median of them: one run's long tasks went from 1 to 31 within the hour here */
const SMOOTH_RUNS = Number(process.env.BENCH_SMOOTH_RUNS ?? 3);

const started = Date.now();
const log = (s: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${s}`);

/** vite build of the stories in `storiesDir` into `outDir`; returns its wall time in ms */
function build(outDir: string, storiesDir?: string): number {
	const t0 = performance.now();
	execFileSync('npx', ['vite', 'build'], {
		env: { ...process.env, BUILD_DIR: outDir, ...(storiesDir ? { STORIES_DIR: storiesDir } : {}) },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	return performance.now() - t0;
}

/** every response of a cold first load, until the network has been quiet for 2 s after `load` */
async function firstLoad(browser: Browser, url: string): Promise<Transfer[]> {
	const context = await browser.newContext({ viewport: PHONE });
	const page = await context.newPage();
	const bodies: Promise<Transfer | undefined>[] = [];
	let inflight = 0;
	let lastActivity = Date.now();
	page.on('request', () => {
		inflight++;
		lastActivity = Date.now();
	});
	const done = () => {
		inflight--;
		lastActivity = Date.now();
	};
	page.on('requestfailed', done);
	page.on('requestfinished', done);
	page.on('response', (res) =>
		bodies.push(
			res.body().then(
				(body) => ({ url: res.url(), kind: byteKind(res.url(), res.headers()['content-type']), raw: body.length, gz: gzipSync(body, { level: 9 }).length }),
				() => undefined
			)
		)
	);
	await page.goto(url, { waitUntil: 'load' });
	while (inflight > 0 || Date.now() - lastActivity < 2000) await page.waitForTimeout(100);
	const transfers = (await Promise.all(bodies)).filter((t): t is Transfer => t !== undefined);
	await context.close();
	return transfers;
}

async function runLighthouse(url: string): Promise<LighthouseFigures> {
	const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'] });
	try {
		const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
		if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
		const { lhr } = result;
		if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
		const audit = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
		return {
			performance: Math.round((lhr.categories.performance?.score ?? 0) * 100),
			lcpMs: audit('largest-contentful-paint'),
			tbtMs: audit('total-blocking-time'),
			cls: audit('cumulative-layout-shift')
		};
	} finally {
		chrome.kill();
	}
}

/** smoothness, run SMOOTH_RUNS times: each figure is the median of the runs (the trace kept is the last run's) */
async function medianSmoothness(...args: Parameters<typeof smoothness>): Promise<SmoothKinds> {
	const runs: SmoothKinds[] = [];
	for (let i = 0; i < SMOOTH_RUNS; i++) {
		// the figures only: a run's trace is tens of MB
		const { camera, force, all } = await smoothness(...args);
		runs.push({ camera, force, all });
	}
	return { camera: medianOfEach(runs.map((r) => r.camera)), force: medianOfEach(runs.map((r) => r.force)), all: medianOfEach(runs.map((r) => r.all)) };
}

/** median time of one call, from batches of calls (one call is too short for the clock) */
function timePerCall(calls: (() => void)[], batch = 20): number {
	const times: number[] = [];
	for (let i = 0; i + batch <= calls.length; i += batch) {
		const t0 = performance.now();
		for (let j = i; j < i + batch; j++) calls[j]!();
		times.push((performance.now() - t0) / batch);
	}
	return median(times);
}

function scaleFigures(steps: number, text: string): { figures: ScaleFigures; scene: Scene } {
	const compileTimes: number[] = [];
	let scene: Scene | undefined;
	for (let run = 0; run < 5; run++) {
		const t0 = performance.now();
		const parsed = parseStory(text, `synthetic-${steps}.yaml`);
		if (!parsed.ok) throw new Error(`synthetic story of ${steps} steps is invalid: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
		scene = compileScene(parsed.story, 'ja');
		compileScene(parsed.story, 'en');
		compileTimes.push(performance.now() - t0);
	}
	const s = scene!;
	// stateAt folds the story once per scene and then looks states up: both costs, per call
	const fresh = () => structuredClone(s);
	const folds = Array.from({ length: 5 }, () => fresh());
	const foldMs = median(folds.map((sc) => timeOnce(() => stateAt(sc, steps - 1))));
	const indices = Array.from({ length: 2000 }, (_, k) => (k * 7919) % steps);
	const stateAtMs = timePerCall(indices.map((i) => () => stateAt(s, i)));
	const frameAtMs = timePerCall(indices.map((i, k) => () => frameAt(s, i, ((k % 9) + 1) / 10)));
	return { figures: { steps, compileMs: median(compileTimes), foldMs, stateAtMs, frameAtMs }, scene: s };
}

function timeOnce(f: () => void): number {
	const t0 = performance.now();
	f();
	return performance.now() - t0;
}

function table(rows: (string | number)[][]): string {
	const cells = rows.map((r) => r.map(String));
	const widths = cells[0]!.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
	return cells.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ')).join('\n');
}

const kb = (n: number) => (n / KB).toFixed(1);
const ms = (n: number, digits = 1) => n.toFixed(digits);
const row = (name: string, s: SmoothFigures) => [name, s.frames, ms(s.workP50), ms(s.workP95), s.shown, `${(s.dropped * 100).toFixed(1)}%`, s.longTasks];

async function main() {
	const outRoot = resolve('bench');
	mkdirSync(outRoot, { recursive: true });
	const site = join(outRoot, 'site');
	log('building the site');
	const siteBuildMs = build(site);
	const still = join(site, STILL);
	mkdirSync(still, { recursive: true });
	writeFileSync(join(still, 'index.html'), stillPage(readFileSync(join(site, FLAGSHIP, 'index.html'), 'utf8')));
	const server = await serveSite(site, PORT);
	const servers = [server];
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	try {
		const origin = `http://127.0.0.1:${PORT}`;
		const flagshipUrl = `${origin}/${FLAGSHIP}/`;
		log('first load');
		const transfers = await firstLoad(browser, flagshipUrl);
		const bytes = bytesByKind(transfers);
		const maplibre = (file: string) => gzipSync(readFileSync(join('node_modules/maplibre-gl/dist', file)), { level: 9 }).length;
		const peer = { maplibreJs: maplibre('maplibre-gl.js'), maplibreCss: maplibre('maplibre-gl.css') };

		const lh: Record<string, LighthouseFigures> = {};
		if (!SKIP.has('lighthouse')) {
			for (const [lang, path] of [['ja', `/${FLAGSHIP}/`], ['en', `/en/${FLAGSHIP}/`]] as const) {
				log(`Lighthouse ${lang}, ${LIGHTHOUSE_RUNS} runs`);
				const runs: LighthouseFigures[] = [];
				for (let i = 0; i < LIGHTHOUSE_RUNS; i++) runs.push(await runLighthouse(`${origin}${path}`));
				// the run with the median score, as Lighthouse's own docs advise for noisy machines
				lh[lang] = runs.sort((a, b) => a.performance - b.performance)[Math.floor(runs.length / 2)]!;
			}
		}

		const flagshipParsed = parseStory(readFileSync(`stories/${FLAGSHIP}/story.yaml`, 'utf8'), FLAGSHIP);
		if (!flagshipParsed.ok) throw new Error('the flagship story is invalid');
		const flagshipScene = compileScene(flagshipParsed.story, 'ja');
		const smooth: BenchResults['smoothness'] = {};
		let floor: SmoothFigures | undefined;
		if (!SKIP.has('smooth')) {
			log(`smoothness: ${FLAGSHIP}, ${flagshipScene.steps.length} steps at 4x throttling, ${SMOOTH_RUNS} runs`);
			const { camera, force } = await medianSmoothness(browser, flagshipUrl, flagshipScene, 0, { traceFile: join(outRoot, `trace-${FLAGSHIP}.json`) });
			smooth[FLAGSHIP] = { camera, force };
			log(`smoothness: the same page without its scripts (the floor), ${SMOOTH_RUNS} runs`);
			floor = (await medianSmoothness(browser, `${origin}/${STILL}/`, flagshipScene, 0, { map: false, traceFile: join(outRoot, `trace-${FLAGSHIP}-still.json`) })).all;
		}

		const scale: ScaleFigures[] = [];
		if (!SKIP.has('scale')) {
			const tmp = mkdtempSync(join(tmpdir(), 'scrollymap-bench-'));
			try {
				for (const [k, steps] of SCALE_STEPS.entries()) {
					const id = `synthetic-${steps}`;
					const text = syntheticStoryText(steps);
					const { figures, scene } = scaleFigures(steps, text);
					const stories = join(tmp, `stories-${steps}`);
					mkdirSync(join(stories, id), { recursive: true });
					writeFileSync(join(stories, id, 'story.yaml'), text);
					log(`scale: building ${id}`);
					const out = join(tmp, `site-${steps}`);
					figures.buildMs = build(out, stories);
					const port = PORT + 1;
					const s = await serveSite(out, port);
					servers.push(s);
					figures.pageBytes = bytesByKind(await firstLoad(browser, `http://127.0.0.1:${port}/${id}/`)).total;
					if (k === SCALE_STEPS.length - 1 && !SKIP.has('smooth')) {
						log(`smoothness: ${id}, its last ${SCALE_SMOOTH_STEPS} steps, ${SMOOTH_RUNS} runs`);
						const { camera, force } = await medianSmoothness(browser, `http://127.0.0.1:${port}/${id}/`, scene, steps - SCALE_SMOOTH_STEPS - 1, { traceFile: join(outRoot, `trace-${id}.json`) });
						smooth[id] = { camera, force };
					}
					s.kill();
					servers.pop();
					scale.push(figures);
				}
			} finally {
				rmSync(tmp, { recursive: true, force: true });
			}
		}

		const results: BenchResults = { date: new Date().toISOString(), siteBuildMs, load: { bytes, requests: transfers.length }, peer, lighthouse: lh, smoothness: smooth, still: floor, scale };
		writeFileSync(join(outRoot, 'results.json'), JSON.stringify({ ...results, transfers }, null, 1));
		const growth = {
			compile: scale.length > 1 ? growthOverLinear(scale.map((s) => [s.steps, s.compileMs])) : 1,
			frameAt: scale.length > 1 ? scale[scale.length - 1]!.frameAtMs / scale[0]!.frameAtMs : 1
		};
		report(results, growth);
		const missed = missedBudgets(results, growth);
		if (SKIP.size > 0) missed.push(`skipped: ${[...SKIP].join(', ')}`);
		if (missed.length > 0) {
			console.log(`\nMISSED ${missed.length} budget(s):\n${missed.map((m) => `  - ${m}`).join('\n')}`);
			process.exitCode = 1;
		} else console.log('\nall budgets kept');
	} finally {
		await browser.close();
		for (const s of servers) s.kill();
	}
}

function report(r: BenchResults, growth: { compile: number; frameAt: number }) {
	const b = r.load.bytes;
	console.log(`\nFirst load of /${FLAGSHIP}/ (phone, cold cache, ${r.load.requests} responses), KB gzipped`);
	console.log(
		table([
			['kind', 'KB gz', 'budget'],
			['HTML', kb(b.html), ''],
			['CSS', kb(b.css), ''],
			['HTML+CSS', kb(b.html + b.css), `<= ${BUDGETS.htmlCssKb}`],
			['JavaScript', kb(b.js), `<= ${BUDGETS.jsKb}`],
			['map data', kb(b.map), `<= ${BUDGETS.mapKb}`],
			['fonts', kb(b.font), '0'],
			['other', kb(b.other), ''],
			['total', kb(b.total), `<= ${BUDGETS.totalKb}`],
			['maplibre-gl JS + CSS alone', kb(r.peer.maplibreJs + r.peer.maplibreCss), `(${kb(r.peer.maplibreJs)} + ${kb(r.peer.maplibreCss)})`]
		])
	);
	if (Object.keys(r.lighthouse).length > 0) {
		console.log('\nLighthouse 12, mobile preset');
		console.log(
			table([
				['page', 'perf', 'LCP ms', 'TBT ms', 'CLS'],
				...Object.entries(r.lighthouse).map(([page, l]) => [page, l.performance, Math.round(l.lcpMs), Math.round(l.tbtMs), l.cls.toFixed(3)])
			])
		);
	}
	if (Object.keys(r.smoothness).length > 0) {
		console.log('\nSmoothness at 4x CPU throttling, main-thread ms per frame');
		console.log(
			table([
				['story / animation', 'main frames', 'p50', 'p95', 'frames shown', 'dropped', 'long tasks'],
				...Object.entries(r.smoothness).flatMap(([story, s]) =>
					(['force', 'camera'] as const).map((k) => row(`${story} ${k}`, s[k]))
				),
				...(r.still ? [row('the same page, no script, all steps', r.still)] : [])
			])
		);
	}
	if (r.scale.length > 0) {
		console.log('\nScale: synthetic stories');
		console.log(
			table([
				['steps', 'compile ms', 'build s', 'fold ms', 'stateAt us', 'frameAt us', 'page KB gz'],
				...r.scale.map((s) => [s.steps, ms(s.compileMs), ((s.buildMs ?? NaN) / 1000).toFixed(1), ms(s.foldMs, 2), ms(s.stateAtMs * 1000, 2), ms(s.frameAtMs * 1000, 1), kb(s.pageBytes ?? NaN)])
			])
		);
		console.log(`compile time per step, largest over smallest: ${growth.compile.toFixed(2)}x; frameAt per call: ${growth.frameAt.toFixed(2)}x`);
	}
}

await main();
