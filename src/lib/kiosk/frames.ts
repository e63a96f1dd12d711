/**
 * Slow-frame detection for screens without a GPU: the intervals between animation frames of
 * one camera move are measured; when they run slow, the kiosk crossfades instead of flying.
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
 * The browser's frame clock, reporting the interval between consecutive frames while a move
 * waits out its time: the move itself runs as Web Animations, and these frames only measure.
 * Each wait starts afresh, so pauses between moves are not counted.
 */
export function meteredTiming(onInterval: (ms: number) => void): Timing {
	const frames = new Map<number, number>();
	let next = 0;
	return {
		now: () => performance.now(),
		later: (cb, ms) => {
			const handle = ++next;
			const end = performance.now() + ms;
			let last: number | undefined;
			const tick = (t: number) => {
				if (last !== undefined) onInterval(t - last);
				last = t;
				if (t < end) frames.set(handle, requestAnimationFrame(tick));
				else {
					frames.delete(handle);
					cb();
				}
			};
			frames.set(handle, requestAnimationFrame(tick));
			return handle;
		},
		cancel: (handle) => {
			cancelAnimationFrame(frames.get(handle) ?? 0);
			frames.delete(handle);
		}
	};
}
