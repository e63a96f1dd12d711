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
 * The browser's frame clock, reporting the interval between consecutive frames of a move.
 * A frame requested outside a frame callback starts a new move, so pauses are not counted.
 */
export function meteredTiming(onInterval: (ms: number) => void): Timing {
	let last: number | undefined;
	let inFrame = false;
	return {
		now: () => performance.now(),
		frame: (cb) => {
			if (!inFrame) last = undefined;
			return requestAnimationFrame((t) => {
				if (last !== undefined) onInterval(t - last);
				last = t;
				inFrame = true;
				try {
					cb();
				} finally {
					inFrame = false;
				}
			});
		},
		cancel: (h) => cancelAnimationFrame(h)
	};
}
