/** The performance budgets of issue 8 and the check of a bench run against them. */
import type { ByteKind } from './bytes';

/** 1 KB = 1000 bytes, gzipped */
export const KB = 1000;

export interface LighthouseFigures {
	/** 0..100 */
	performance: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
}

export interface SmoothFigures {
	/** main-thread frames */
	frames: number;
	workP50: number;
	workP95: number;
	/** frames the compositor had to show: presented or dropped */
	shown: number;
	/** share of those dropped, 0..1: a dropped frame reaches the screen a refresh late, at least 33 ms after the last */
	dropped: number;
	longTasks: number;
}

export interface ScaleFigures {
	steps: number;
	/** parse + validate + compile both languages, ms */
	compileMs: number;
	/** the site build (vite build with prerendering), ms */
	buildMs?: number;
	/** stateAt's first call on a scene, which folds every step once, ms */
	foldMs: number;
	/** one stateAt call once folded, ms (median) */
	stateAtMs: number;
	/** one frameAt call, ms (median) */
	frameAtMs: number;
	/** first load of the story page, gzipped bytes */
	pageBytes?: number;
}

export interface BenchResults {
	date: string;
	/** the flagship site build, ms */
	siteBuildMs: number;
	load: { bytes: Record<ByteKind | 'total', number>; requests: number };
	peer: { maplibreJs: number; maplibreCss: number };
	lighthouse: Record<string, LighthouseFigures>;
	/** per story: figures for camera moves and for force-only animations */
	smoothness: Record<string, { camera: SmoothFigures; force: SmoothFigures }>;
	/** the flagship page without its scripts, scrolled through every step: what scrolling alone costs here (not budgeted) */
	still?: SmoothFigures;
	scale: ScaleFigures[];
}

export const BUDGETS = {
	totalKb: 150,
	jsKb: 60,
	mapKb: 45,
	htmlCssKb: 45,
	performance: 95,
	cls: 0,
	tbtMs: 100,
	workP95Ms: 8,
	/** frames over 20 ms: a dropped frame is one shown at least 33 ms after the last */
	droppedShare: 0.05,
	frameAtMs: 0.2,
	/** cost per step at the largest size over that at the smallest; above 1 is superlinear, 1.5 leaves room for noise */
	growth: 1.5
} as const;

/** one line per missed budget, naming it and the figure; empty when all are kept */
export function missedBudgets(r: BenchResults, growth: { compile: number; frameAt: number }): string[] {
	const miss: string[] = [];
	const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
	const b = r.load.bytes;
	if (b.total > BUDGETS.totalKb * KB) miss.push(`first load ${kb(b.total)} > ${BUDGETS.totalKb} KB`);
	if (b.js > BUDGETS.jsKb * KB) miss.push(`JavaScript ${kb(b.js)} > ${BUDGETS.jsKb} KB`);
	if (b.map > BUDGETS.mapKb * KB) miss.push(`map data ${kb(b.map)} > ${BUDGETS.mapKb} KB`);
	if (b.html + b.css > BUDGETS.htmlCssKb * KB) miss.push(`HTML+CSS ${kb(b.html + b.css)} > ${BUDGETS.htmlCssKb} KB`);
	if (b.font > 0) miss.push(`web fonts loaded (${kb(b.font)})`);
	for (const [page, l] of Object.entries(r.lighthouse)) {
		if (l.performance < BUDGETS.performance) miss.push(`Lighthouse ${page}: performance ${l.performance} < ${BUDGETS.performance}`);
		if (l.cls > BUDGETS.cls) miss.push(`Lighthouse ${page}: CLS ${l.cls} > ${BUDGETS.cls}`);
		if (l.tbtMs >= BUDGETS.tbtMs) miss.push(`Lighthouse ${page}: TBT ${Math.round(l.tbtMs)} ms >= ${BUDGETS.tbtMs} ms`);
	}
	for (const [story, s] of Object.entries(r.smoothness)) {
		if (s.force.workP95 > BUDGETS.workP95Ms) miss.push(`${story}: force animations p95 ${s.force.workP95.toFixed(1)} ms/frame > ${BUDGETS.workP95Ms} ms`);
		if (s.force.dropped > BUDGETS.droppedShare) miss.push(`${story}: ${(s.force.dropped * 100).toFixed(1)}% of force-animation frames dropped > ${BUDGETS.droppedShare * 100}%`);
		const long = s.force.longTasks + s.camera.longTasks;
		if (long > 0) miss.push(`${story}: ${long} long task(s) over 50 ms while scrolling`);
	}
	const largest = [...r.scale].sort((a, b) => b.steps - a.steps)[0];
	if (largest && largest.frameAtMs >= BUDGETS.frameAtMs) miss.push(`frameAt ${largest.frameAtMs.toFixed(3)} ms median at ${largest.steps} steps >= ${BUDGETS.frameAtMs} ms`);
	if (growth.compile > BUDGETS.growth) miss.push(`compile time per step grows ${growth.compile.toFixed(2)}x from the smallest to the largest story (> ${BUDGETS.growth}x)`);
	if (growth.frameAt > BUDGETS.growth) miss.push(`frameAt time grows ${growth.frameAt.toFixed(2)}x with the step count (> ${BUDGETS.growth}x)`);
	return miss;
}
