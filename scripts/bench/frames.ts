import type { SmoothFigures } from './budgets';
import { percentile } from './stats';

/**
 * Main-thread work per frame from a Chrome trace (the JSON that CDP's Tracing domain writes).
 * All times in trace units are microseconds; everything returned is in milliseconds.
 */

export interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: {
		name?: string;
		data?: { message?: string };
		frame_reporter?: { state?: string; affects_smoothness?: boolean; layer_tree_host_id?: number; frame_sequence?: number };
	};
}

/** a stretch of the trace to measure: one step's scroll and animation */
export interface Window {
	label: string;
	/** whether the camera moves in it (else only forces, zones and labels animate) */
	camera: boolean;
	start: number;
	end: number;
}

export interface FrameStats {
	/** main-thread work (script, style, layout, paint) in each main-thread frame, ms */
	work: number[];
	/** frames the compositor presented and frames it dropped (shown late, after more than one refresh) */
	presented: number;
	dropped: number;
	/** top-level main-thread tasks over 50 ms, their durations in ms */
	longTasks: number[];
}

/** the top-level task on a thread: everything else nests inside one */
const TASKS = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);
/** the renderer starts the main-thread part of a frame with this */
const FRAME_START = 'BeginMainThreadFrame';
export const LONG_TASK_MS = 50;

/** the pid/tid of the renderer main thread that wrote a console.timeStamp message starting with `prefix` */
export function markedThread(events: readonly TraceEvent[], prefix: string): { pid: number; tid: number } | undefined {
	const mark = events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message?.startsWith(prefix));
	return mark && { pid: mark.pid, tid: mark.tid };
}

/** windows from console.timeStamp marks `${prefix}<label>:start` / `:end`; `camera` says which labels move the camera */
export function markedWindows(events: readonly TraceEvent[], prefix: string, camera: (label: string) => boolean): Window[] {
	const starts = new Map<string, number>();
	const out: Window[] = [];
	for (const e of events) {
		const message = e.name === 'TimeStamp' ? e.args?.data?.message : undefined;
		if (!message?.startsWith(prefix)) continue;
		const [label, edge] = [message.slice(prefix.length, message.lastIndexOf(':')), message.slice(message.lastIndexOf(':') + 1)];
		if (edge === 'start') starts.set(label, e.ts);
		else if (edge === 'end' && starts.has(label)) out.push({ label, camera: camera(label), start: starts.get(label)!, end: e.ts });
	}
	return out.sort((a, b) => a.start - b.start);
}

/**
 * Chrome's frame reporter: an event per display refresh in which the page's compositor had
 * something to show, saying whether the new frame made it to the screen or was dropped.
 * Moves run as compositor animations, and in a move of forces alone the main thread may make
 * no frame at all, so how smooth a move looks is read here, not from main-thread frames.
 * A frame can be reported twice (a forked report for its main-thread part): one frame per
 * layer tree and sequence number, presented if any report says so. As in Chrome's own dropped
 * frame figure, a drop that does not affect smoothness (nothing was moving) is not counted.
 */
const REPORTER = 'PipelineReporter';
const SHOWN = new Set(['STATE_PRESENTED_ALL', 'STATE_PRESENTED_PARTIAL']);
const DROPPED = 'STATE_DROPPED';

/** per-frame work and long tasks of one thread, and the renderer's presented and dropped frames, inside the windows */
export function frameStats(events: readonly TraceEvent[], thread: { pid: number; tid: number }, windows: readonly Window[]): FrameStats {
	const mine = threadEvents(events, thread);
	const tasks = topTasks(mine);
	const frames = mine.filter((e) => e.name === FRAME_START).map((e) => e.ts);
	const out: FrameStats = { work: [], presented: 0, dropped: 0, longTasks: [] };
	const reports = events.filter((e) => e.name === REPORTER && e.ph === 'b' && e.pid === thread.pid);
	for (const w of windows) {
		const inside = frames.filter((t) => t >= w.start && t <= w.end);
		let first = 0;
		for (let k = 0; k + 1 < inside.length; k++) {
			const [a, b] = [inside[k]!, inside[k + 1]!];
			// tasks do not overlap and come in order, so the first that can touch this frame only moves on
			while (first < tasks.length && tasks[first]!.ts + tasks[first]!.dur! <= a) first++;
			let busy = 0;
			for (let j = first; j < tasks.length && tasks[j]!.ts < b; j++) {
				const t = tasks[j]!;
				busy += Math.max(0, Math.min(b, t.ts + t.dur!) - Math.max(a, t.ts));
			}
			out.work.push(busy / 1000);
		}
		const shown = new Map<string, 'shown' | 'dropped' | 'none'>();
		for (const r of reports) {
			if (r.ts < w.start || r.ts > w.end) continue;
			const f = r.args?.frame_reporter ?? {};
			const key = f.frame_sequence === undefined ? `@${r.ts}` : `${f.layer_tree_host_id} ${f.frame_sequence}`;
			const state = SHOWN.has(f.state ?? '') ? 'shown' : f.state === DROPPED && f.affects_smoothness !== false ? 'dropped' : 'none';
			const was = shown.get(key);
			if (was !== 'shown' && (was === undefined || state !== 'none')) shown.set(key, state);
		}
		for (const state of shown.values()) {
			if (state === 'shown') out.presented++;
			else if (state === 'dropped') out.dropped++;
		}
		for (const t of tasks) {
			if (t.ts >= w.start && t.ts < w.end && t.dur! / 1000 > LONG_TASK_MS) out.longTasks.push(t.dur! / 1000);
		}
	}
	return out;
}

/**
 * Per window, its longest top-level main-thread task, ms (0 for none). To compare two builds,
 * the median of these over the steps is steadier than a count of long tasks (which went from 1
 * to 31 between runs of one build here).
 */
export function longestTasks(events: readonly TraceEvent[], thread: { pid: number; tid: number }, windows: readonly Window[]): number[] {
	const tasks = topTasks(threadEvents(events, thread));
	return windows.map((w) => Math.max(0, ...tasks.filter((t) => t.ts >= w.start && t.ts < w.end).map((t) => t.dur! / 1000)));
}

/**
 * What the top-level tasks starting in the windows spent their time on: the self time (ms: its
 * duration less that of the events nested in it) of each traced event, summed by name; what a
 * task did outside any traced event is under "(task)".
 */
export function selfTimes(events: readonly TraceEvent[], thread: { pid: number; tid: number }, windows: readonly Window[]): Map<string, number> {
	// outer before inner where two start together
	const timed = threadEvents(events, thread)
		.filter((e) => e.ph === 'X' && e.dur !== undefined)
		.sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	const tasks = new Set(topTasks(timed).filter((t) => windows.some((w) => t.ts >= w.start && t.ts < w.end)));
	const out = new Map<string, number>();
	const add = (e: TraceEvent, ms: number) => {
		const name = TASKS.has(e.name) ? '(task)' : e.name;
		out.set(name, (out.get(name) ?? 0) + ms);
	};
	/** the events open at this point, innermost last, each with its duration less its children's so far */
	const stack: { event: TraceEvent; self: number }[] = [];
	const close = (until: number) => {
		while (stack.length > 0 && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= until) {
			const { event, self } = stack.pop()!;
			add(event, self / 1000);
		}
	};
	for (const e of timed) {
		close(e.ts);
		if (stack.length === 0 && !tasks.has(e)) continue;
		if (stack.length > 0) stack.at(-1)!.self -= e.dur!;
		stack.push({ event: e, self: e.dur! });
	}
	close(Infinity);
	return out;
}

/** the events of one thread in time order */
function threadEvents(events: readonly TraceEvent[], thread: { pid: number; tid: number }): TraceEvent[] {
	return events.filter((e) => e.pid === thread.pid && e.tid === thread.tid).sort((a, b) => a.ts - b.ts);
}

/** the top-level tasks among a thread's events in time order */
function topTasks(mine: readonly TraceEvent[]): TraceEvent[] {
	return outermost(mine.filter((e) => e.ph === 'X' && TASKS.has(e.name) && e.dur !== undefined));
}

/** tasks not nested in an earlier one (a nested run loop reports a task inside a task) */
function outermost(sorted: readonly TraceEvent[]): TraceEvent[] {
	const out: TraceEvent[] = [];
	let end = -Infinity;
	for (const t of sorted) {
		if (t.ts >= end) {
			out.push(t);
			end = t.ts + t.dur!;
		}
	}
	return out;
}

/** the figures the bench reports and budgets from a window's frame stats */
export function smoothFigures(s: FrameStats): SmoothFigures {
	const shown = s.presented + s.dropped;
	return {
		frames: s.work.length,
		workP50: percentile(s.work, 50),
		workP95: percentile(s.work, 95),
		shown,
		dropped: shown === 0 ? 0 : s.dropped / shown,
		longTasks: s.longTasks.length
	};
}
