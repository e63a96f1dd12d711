import { describe, expect, it } from 'vitest';
import { byteKind, bytesByKind } from '../../scripts/bench/bytes';
import { BUDGETS, KB, missedBudgets, type BenchResults } from '../../scripts/bench/budgets';
import { frameStats, longestTasks, markedThread, markedWindows, selfTimes, smoothFigures, type TraceEvent } from '../../scripts/bench/frames';
import { growthOverLinear, median, medianOfEach, percentile } from '../../scripts/bench/stats';
import { syntheticStory, syntheticStoryText } from '../../scripts/bench/synthetic';
import { stillPage } from '../../scripts/bench/still-page';
import { compileScene } from '../../src/lib/scene/compile';
import { frameAt } from '../../src/lib/scene/frame';
import { stateAt } from '../../src/lib/scene/state';
import { parseStory } from '../../src/lib/story/parse';

describe('stats', () => {
	it('interpolates percentiles between closest ranks', () => {
		expect(percentile([1, 2, 3, 4, 5], 50)).toBe(3);
		expect(percentile([5, 1, 4, 2, 3], 0)).toBe(1);
		expect(percentile([5, 1, 4, 2, 3], 100)).toBe(5);
		expect(percentile([10, 20], 95)).toBeCloseTo(19.5);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(percentile([], 50)).toBeNaN();
	});

	it('takes the median of each figure over runs, field by field', () => {
		const runs = [
			{ p95: 30, longTasks: 1 },
			{ p95: 20, longTasks: 31 },
			{ p95: 25, longTasks: 19 }
		];
		expect(medianOfEach(runs)).toEqual({ p95: 25, longTasks: 19 });
	});

	it('tells linear growth from superlinear', () => {
		expect(growthOverLinear([[30, 3], [150, 15], [500, 50]])).toBeCloseTo(1);
		expect(growthOverLinear([[10, 100], [100, 100]])).toBeCloseTo(0.1);
		// quadratic: 10x the size costs 100x, 10x more per step
		expect(growthOverLinear([[100, 1], [10, 0.01]])).toBeCloseTo(10);
	});
});

describe('still page', () => {
	it('drops every script and module preload, marks the root as scripted, and keeps the rest', () => {
		const html = [
			'<html lang="ja"><head><link rel="modulepreload" href="/a.js"><link rel="stylesheet" href="/s.css">',
			'<script type="module">import("/a.js")</script><script type="application/json" id="island-props">{"a":"<\\/b"}</script>',
			'<SCRIPT>document.documentElement.classList.add("js")</SCRIPT></head>',
			'<body><article id="one" data-step>Text</article></body></html>'
		].join('');
		const out = stillPage(html);
		expect(out).toBe('<html class="js" lang="ja"><head><link rel="stylesheet" href="/s.css"></head><body><article id="one" data-step>Text</article></body></html>');
	});
});

describe('byte kinds', () => {
	it('sorts responses by URL and content-type', () => {
		expect(byteKind('http://h/allied-intervention/', 'text/html; charset=utf-8')).toBe('html');
		expect(byteKind('http://h/_app/immutable/chunks/a.js', 'text/javascript')).toBe('js');
		expect(byteKind('http://h/_app/immutable/assets/0.css', 'text/css')).toBe('css');
		expect(byteKind('http://h/allied-intervention/basemap.svg', 'image/svg+xml')).toBe('map');
		expect(byteKind('http://h/maps/basemap.topo.json', '')).toBe('map');
		expect(byteKind('http://h/x/__data.json', 'application/json')).toBe('map');
		expect(byteKind('http://h/fonts/noto.woff2', 'font/woff2')).toBe('font');
		expect(byteKind('http://h/icon.svg', 'image/svg+xml')).toBe('other');
		expect(byteKind('http://h/favicon.png', 'image/png')).toBe('other');
	});

	it('adds gzipped bytes by kind and counts a URL fetched twice once', () => {
		const sums = bytesByKind([
			{ url: 'http://h/', kind: 'html', gz: 100, raw: 400 },
			{ url: 'http://h/a.js', kind: 'js', gz: 50, raw: 150 },
			{ url: 'http://h/s/basemap.svg', kind: 'map', gz: 70, raw: 300 },
			{ url: 'http://h/s/basemap.svg', kind: 'map', gz: 70, raw: 300 }
		]);
		expect(sums).toEqual({ html: 100, js: 50, css: 0, map: 70, font: 0, other: 0, total: 220 });
	});
});

describe('synthetic stories', () => {
	it.each([1, 30, 150, 500])('of %i steps pass the real parser and compile to that many steps', (n) => {
		const parsed = parseStory(syntheticStoryText(n), `synthetic-${n}.yaml`);
		if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors.slice(0, 3)));
		const scene = compileScene(parsed.story, 'en');
		expect(scene.steps).toHaveLength(n);
		expect(frameAt(scene, n - 1, 0.5).stepId).toBe(`s${n}`);
	});

	it('use every kind of action, both kinds of camera, and steps that keep the camera still', () => {
		const story = syntheticStory(30) as { sections: { steps: { camera: object; actions: { type: string }[] }[] }[] };
		const steps = story.sections.flatMap((s) => s.steps);
		const types = new Set(steps.flatMap((s) => s.actions.map((a) => a.type)));
		expect([...types].sort()).toEqual(['advance', 'clash', 'evacuate', 'hold', 'land', 'mark', 'withdraw', 'zone']);
		expect(steps.some((s) => 'center' in s.camera)).toBe(true);
		expect(steps.some((s) => 'fit' in s.camera)).toBe(true);
		const parsed = parseStory(syntheticStoryText(30), 's.yaml');
		if (!parsed.ok) throw new Error('invalid');
		const cams = compileScene(parsed.story, 'ja').steps.map((s) => s.camera.join());
		expect(cams.filter((c, i) => i > 0 && c === cams[i - 1]).length).toBeGreaterThan(0);
		expect(cams.filter((c, i) => i > 0 && c !== cams[i - 1]).length).toBeGreaterThan(0);
	});

	it('keep troops coming and going, so that late steps are not empty', () => {
		const parsed = parseStory(syntheticStoryText(150), 's.yaml');
		if (!parsed.ok) throw new Error('invalid');
		const scene = compileScene(parsed.story, 'ja');
		expect(stateAt(scene, 145).units.size).toBeGreaterThan(0);
		expect(frameAt(scene, 148, 0.5).units.length).toBeGreaterThan(0);
	});
});

describe('frames from a trace', () => {
	const thread = { pid: 1, tid: 7 };
	const ms = 1000;
	const ev = (name: string, ph: string, tsMs: number, durMs?: number, message?: string, tid = 7): TraceEvent => ({
		name,
		ph,
		ts: tsMs * ms,
		pid: 1,
		tid,
		...(durMs !== undefined ? { dur: durMs * ms } : {}),
		...(message ? { args: { data: { message } } } : {})
	});
	/** the compositor's report on frame `sequence` (another thread of the renderer; `pid` 2 is another page) */
	const report = (tsMs: number, sequence: number, state: string, { pid = 1, smooth = true } = {}): TraceEvent => ({
		name: 'PipelineReporter',
		ph: 'b',
		ts: tsMs * ms,
		pid,
		tid: 9,
		args: { frame_reporter: { state, affects_smoothness: smooth, layer_tree_host_id: 2, frame_sequence: sequence } }
	});
	const events: TraceEvent[] = [
		ev('TimeStamp', 'I', 0, undefined, 'bench:a:start'),
		ev('BeginMainThreadFrame', 'I', 10),
		ev('RunTask', 'X', 11, 4),
		ev('RunTask', 'X', 12, 1), // nested in the one before: not counted twice
		ev('BeginMainThreadFrame', 'I', 26),
		ev('RunTask', 'X', 27, 60),
		ev('BeginMainThreadFrame', 'I', 90),
		ev('RunTask', 'X', 91, 2),
		ev('RunTask', 'X', 91, 30, undefined, 8), // another thread
		ev('BeginMainThreadFrame', 'I', 100),
		ev('TimeStamp', 'I', 101, undefined, 'bench:a:end'),
		ev('TimeStamp', 'I', 200, undefined, 'bench:b:start'),
		ev('BeginMainThreadFrame', 'I', 210),
		ev('RunTask', 'X', 211, 3),
		ev('BeginMainThreadFrame', 'I', 226),
		ev('TimeStamp', 'I', 230, undefined, 'bench:b:end'),
		report(20, 1, 'STATE_PRESENTED_ALL'),
		report(20, 1, 'STATE_DROPPED'), // the same frame's forked report
		report(37, 2, 'STATE_DROPPED'),
		report(54, 3, 'STATE_PRESENTED_PARTIAL'),
		report(60, 4, 'STATE_DROPPED', { smooth: false }), // nothing was moving
		report(71, 5, 'STATE_NO_UPDATE_DESIRED'),
		report(72, 6, 'STATE_DROPPED', { pid: 2 }),
		report(150, 7, 'STATE_DROPPED'), // between the windows
		report(215, 8, 'STATE_PRESENTED_ALL')
	];

	it('finds the marked thread and the windows between marks', () => {
		expect(markedThread(events, 'bench:')).toEqual(thread);
		const windows = markedWindows(events, 'bench:', (label) => label === 'b');
		expect(windows).toEqual([
			{ label: 'a', camera: false, start: 0, end: 101 * ms },
			{ label: 'b', camera: true, start: 200 * ms, end: 230 * ms }
		]);
	});

	it('sums main-thread work per frame and long tasks, and counts the frames shown and dropped inside the windows', () => {
		const windows = markedWindows(events, 'bench:', () => false);
		const s = frameStats(events, thread, windows);
		expect(s.work).toEqual([4, 60, 2, 3]);
		expect(s.longTasks).toEqual([60]);
		expect([s.presented, s.dropped]).toEqual([3, 1]);
		expect(smoothFigures(s)).toEqual({ frames: 4, workP50: 3.5, workP95: percentile([4, 60, 2, 3], 95), shown: 4, dropped: 0.25, longTasks: 1 });
	});

	it('gives each window its longest task, and what the tasks in the windows spent their time on', () => {
		const windows = markedWindows(events, 'bench:', () => false);
		expect(longestTasks(events, thread, windows)).toEqual([60, 3]);
		// in the task of 60 ms: a paint of 10 ms with a layout of 4 inside; a paint outside any window is left out
		const traced = [...events, ev('Paint', 'X', 30, 10), ev('Layout', 'X', 32, 4), ev('RunTask', 'X', 150, 5), ev('Paint', 'X', 151, 2)];
		expect(Object.fromEntries(selfTimes(traced, thread, windows))).toEqual({ '(task)': 3 + 1 + 50 + 2 + 3, Paint: 6, Layout: 4 });
	});
});

describe('budgets', () => {
	const passing: BenchResults = {
		date: '2026-01-01',
		siteBuildMs: 1,
		load: { bytes: { html: 20 * KB, css: 2 * KB, js: 50 * KB, map: 40 * KB, font: 0, other: 0, total: 112 * KB }, requests: 10 },
		peer: { maplibreJs: 276 * KB, maplibreCss: 10 * KB },
		lighthouse: { ja: { performance: 99, lcpMs: 1000, tbtMs: 10, cls: 0 } },
		smoothness: {
			s: {
				force: { frames: 100, workP50: 2, workP95: 6, shown: 100, dropped: 0.01, longTasks: 0 },
				camera: { frames: 100, workP50: 9, workP95: 30, shown: 100, dropped: 0.3, longTasks: 0 }
			}
		},
		scale: [{ steps: 500, compileMs: 10, foldMs: 1, stateAtMs: 0.001, frameAtMs: 0.01 }]
	};
	const even = { compile: 1, frameAt: 1 };

	it('passes a run within every budget (camera-move frames are reported, not budgeted)', () => {
		expect(missedBudgets(passing, even)).toEqual([]);
	});

	it('names each missed budget', () => {
		const bad = structuredClone(passing);
		bad.load.bytes.map = 80 * KB;
		bad.load.bytes.total = 152 * KB;
		bad.load.bytes.font = 1;
		bad.lighthouse.ja!.tbtMs = BUDGETS.tbtMs;
		bad.smoothness.s!.force.dropped = 0.1;
		bad.smoothness.s!.camera.longTasks = 2;
		bad.scale[0]!.frameAtMs = 0.3;
		const missed = missedBudgets(bad, { compile: 2, frameAt: 1 });
		expect(missed).toEqual([
			'first load 152.0 KB > 150 KB',
			'map data 80.0 KB > 45 KB',
			'web fonts loaded (0.0 KB)',
			'Lighthouse ja: TBT 100 ms >= 100 ms',
			's: 10.0% of force-animation frames dropped > 5%',
			's: 2 long task(s) over 50 ms while scrolling',
			'frameAt 0.300 ms median at 500 steps >= 0.2 ms',
			'compile time per step grows 2.00x from the smallest to the largest story (> 1.5x)'
		]);
	});
});
