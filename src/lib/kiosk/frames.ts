/**
 * Slow-frame detection for screens without a GPU: the intervals between the page's first
 * animation frames while a move runs are measured; when they run slow, the kiosk crossfades
 * instead of flying.
 */
import type { Timing } from '$lib/drivers/player.svelte';

/** slower than this median frame interval (under 20 frames a second), a flight stutters, ms */
export const SLOW_FRAME_MS = 50;
/** frames measured before judging */
export const FRAMES_TO_JUDGE = 8;

/** true when the median of the last intervals (ms) is slow; false until there are enough */
export function framesSlow(intervals: readonly number[]): boolean {
	if (intervals.length < FRAMES_TO_JUDGE) return false;
	const recent = [...intervals.slice(-FRAMES_TO_JUDGE)].sort((a, b) => a - b);
	return recent[Math.floor(recent.length / 2)]! > SLOW_FRAME_MS;
}

/**
 * The browser's clock, reporting the intervals between the first FRAMES_TO_JUDGE + 1 frames
 * after each wait begins: a move runs as Web Animations while the player waits out its time on
 * a timer, and these frames only measure how often the page gets one. They are counted whole
 * even when the move ends sooner (a late first frame must not leave a move unjudged), and no
 * more are asked for, since each is a main-thread frame that the move itself does not need.
 * Each wait starts afresh, so pauses between moves are not counted.
 */
export function meteredTiming(onInterval: (ms: number) => void): Timing {
	/** the measuring frame asked for and the wait's timer, by handle */
	const frames = new Map<number, number>();
	const timers = new Map<number, ReturnType<typeof setTimeout>>();
	let next = 0;
	return {
		now: () => performance.now(),
		later: (cb, ms) => {
			const handle = ++next;
			let last: number | undefined;
			let seen = 0;
			const tick = (t: number) => {
				if (last !== undefined) onInterval(t - last);
				last = t;
				if (++seen <= FRAMES_TO_JUDGE) frames.set(handle, requestAnimationFrame(tick));
				else frames.delete(handle);
			};
			frames.set(handle, requestAnimationFrame(tick));
			timers.set(
				handle,
				setTimeout(() => {
					// the frames still being measured go on; only the wait is over
					timers.delete(handle);
					cb();
				}, ms)
			);
			return handle;
		},
		cancel: (handle) => {
			cancelAnimationFrame(frames.get(handle) ?? 0);
			clearTimeout(timers.get(handle));
			frames.delete(handle);
			timers.delete(handle);
		}
	};
}
