/**
 * Stepper swipes: which way a finished touch moves through the steps, or 0 when it was a tap,
 * a slow drag or mostly vertical. Distances in CSS px, time in ms.
 */
export interface TouchTrack {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
	ms: number;
}

/** shorter than this is a tap */
const MIN_PX = 40;
/** longer than this is a drag to read, not a flick */
const MAX_MS = 800;

export function swipeDelta({ x0, y0, x1, y1, ms }: TouchTrack): -1 | 0 | 1 {
	const dx = x1 - x0;
	const dy = y1 - y0;
	if (ms > MAX_MS || Math.abs(dx) < MIN_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return 0;
	// finger moves left = the next step comes in from the right
	return dx < 0 ? 1 : -1;
}

/** Calls onStep(±1) for each horizontal swipe on el; returns the function that detaches it. */
export function onSwipe(el: HTMLElement, onStep: (delta: -1 | 1) => void): () => void {
	let start: { x: number; y: number; t: number } | undefined;
	const down = (e: PointerEvent) => {
		if (e.pointerType !== 'mouse') start = { x: e.clientX, y: e.clientY, t: e.timeStamp };
	};
	const up = (e: PointerEvent) => {
		if (!start) return;
		const d = swipeDelta({ x0: start.x, y0: start.y, x1: e.clientX, y1: e.clientY, ms: e.timeStamp - start.t });
		start = undefined;
		if (d !== 0) onStep(d);
	};
	const cancel = () => (start = undefined);
	el.addEventListener('pointerdown', down);
	el.addEventListener('pointerup', up);
	el.addEventListener('pointercancel', cancel);
	return () => {
		el.removeEventListener('pointerdown', down);
		el.removeEventListener('pointerup', up);
		el.removeEventListener('pointercancel', cancel);
	};
}
