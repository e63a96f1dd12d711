/**
 * `npm run bench:ab -- <site A> <site B>`: which of two builds (`BUILD_DIR=<dir> npx vite build`,
 * one at a time) scrolls the flagship more smoothly. Each is served on a port of its own and
 * scrolled as `npm run bench` does (scripts/bench/smoothness.ts), in the order A, B, B, A, ...
 * so that a machine growing busier or quieter weighs on both alike. For each run it prints the
 * longest task of each step, median and 90th percentile over the steps (steadier than counts of
 * long tasks, which went from 1 to 31 between runs of one build here), the count of long tasks,
 * the camera moves' figures, and what the main thread spent its time on.
 *
 * BENCH_AB_FROM / BENCH_AB_TO (step indices, default 8 and 30: both kinds of move, about 1.5 min
 * a run), BENCH_AB_ROUNDS (default 2: each build runs once a round), BENCH_PORT (default 4178,
 * and the next one).
 */
import type { ChildProcess } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/browser/chromium';
import { compileScene } from '../src/lib/scene/compile';
import { readStory } from '../src/lib/server/stories';
import { LONG_TASK_MS, longestTasks, selfTimes } from './bench/frames';
import { serveSite } from './bench/serve-site';
import { smoothness } from './bench/smoothness';
import { median, percentile } from './bench/stats';

const STORY = 'allied-intervention';
const sites = process.argv.slice(2);
if (sites.length !== 2) {
	console.error('usage: npm run bench:ab -- <site dir A> <site dir B>   (each a build: BUILD_DIR=<dir> npx vite build)');
	process.exit(2);
}
const parsed = readStory(`stories/${STORY}/story.yaml`);
if (!parsed.ok) throw new Error('the flagship story does not parse: npm run story:check');
const scene = compileScene(parsed.story, 'ja');
const FROM = Number(process.env.BENCH_AB_FROM ?? 8);
const TO = Number(process.env.BENCH_AB_TO ?? Math.min(30, scene.steps.length - 1));
const ROUNDS = Number(process.env.BENCH_AB_ROUNDS ?? 2);
const PORT = Number(process.env.BENCH_PORT ?? 4178);

/** per site, per run: the median of the steps' longest tasks, ms */
const medians: number[][] = sites.map(() => []);
const f = (n: number) => n.toFixed(1);
const servers: ChildProcess[] = [];
let browser: Browser | undefined;
try {
	// one after the other inside the try: whatever started is stopped if the next fails
	for (const [i, dir] of sites.entries()) servers.push(await serveSite(dir, PORT + i));
	browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
	for (let round = 0; round < ROUNDS; round++) {
		for (const i of round % 2 === 0 ? [0, 1] : [1, 0]) {
			const run = await smoothness(browser, `http://127.0.0.1:${PORT + i}/${STORY}/`, scene, FROM, { to: TO });
			const { events, thread, windows } = run.trace;
			const longest = longestTasks(events, thread, windows);
			medians[i]!.push(median(longest));
			const spent = [...selfTimes(events, thread, windows)].sort((a, b) => b[1] - a[1]).slice(0, 8);
			console.log(
				`${'AB'[i]} ${sites[i]}: longest task per step median ${f(median(longest))} p90 ${f(percentile(longest, 90))} ms, ${run.all.longTasks} over ${LONG_TASK_MS} ms;` +
					` camera p50 ${f(run.camera.workP50)} p95 ${f(run.camera.workP95)} ms, ${run.camera.longTasks} long tasks;` +
					` time by kind (ms): ${spent.map(([name, ms]) => `${name} ${ms.toFixed(0)}`).join(', ')}`
			);
		}
	}
} finally {
	await browser?.close();
	for (const s of servers) s.kill();
}
sites.forEach((dir, i) => console.log(`${'AB'[i]} ${dir}: the runs' medians of the longest task per step: ${medians[i]!.map(f).join(', ')} ms`));
