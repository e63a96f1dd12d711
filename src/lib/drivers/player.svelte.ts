/**
 * The one clock: holds which step is active and the move the map is making to it. Drivers
 * (scroll, stepper, autoplay) only call goTo. A move is not played here frame by frame: the map
 * hands its samples to the browser as Web Animations (see move-keyframes.ts), which run on the
 * compositor, and the player only waits out the move's duration. With motion off there is no
 * move at all: the map jumps to each step's final state.
 */
import type { MoveSpan } from '$lib/components/move-keyframes';
import type { Scene } from '$lib/scene/types';

export interface Timing {
	now: () => number;
	/** calls back once `ms` have passed */
	later: (callback: () => void, ms: number) => number;
	cancel: (handle: number) => void;
}

/** the map's move, begun at `start` (performance.now(), ms) */
export interface Move extends MoveSpan {
	start: number;
}

/**
 * The move that goes from resting step `from` to its neighbour `to`: the step reached, played
 * forwards, or going back, the step left, played in reverse (its start looks exactly like the
 * step before). The player plays these, and the map samples them ahead of time.
 */
export function moveBetween(scene: Scene, from: number, to: number): MoveSpan {
	const index = Math.max(from, to);
	const forwards = to > from;
	return { index, from: forwards ? 0 : 1, to: forwards ? 1 : 0, duration: scene.steps[index]!.duration };
}

const browserTiming: Timing = {
	now: () => performance.now(),
	later: (cb, ms) => window.setTimeout(cb, ms),
	cancel: (h) => window.clearTimeout(h)
};

export class Player {
	/** the step drawn at rest: the map shows frameAt(scene, index, t), or moves to it */
	index = $state(0);
	/** 1, or 0 while a backwards move shows the start of the step it leaves */
	t = $state(1);
	/** the step the reader is on */
	target = $state(0);
	motion = $state(true);
	/** the move under way, whose end is frameAt(scene, index, t) */
	move = $state.raw<Move | undefined>();
	settled = $derived(this.index === this.target && this.t === 1 && this.move === undefined);

	#scene: Scene;
	#timing: Timing;
	#handle: number | undefined;

	constructor(scene: Scene, start = 0, timing: Timing = browserTiming) {
		this.#scene = scene;
		this.#timing = timing;
		this.index = this.target = this.#clamp(start);
	}

	goTo(step: number): void {
		const target = this.#clamp(step);
		// already there or on the way: the scroll driver reports a step again when scrolling
		// ends, and that must not cut the move short
		if (target === this.target) return;
		this.#stop();
		const from = this.target;
		this.target = target;
		this.index = target;
		this.t = 1;
		if (!this.motion || Math.abs(target - from) !== 1) return;
		const span = moveBetween(this.#scene, from, target);
		this.index = span.index;
		this.t = span.to;
		this.move = { ...span, start: this.#timing.now() };
		this.#handle = this.#timing.later(() => {
			this.#handle = undefined;
			this.move = undefined;
			this.index = target;
			this.t = 1;
		}, span.duration);
	}

	destroy(): void {
		this.#stop();
	}

	#stop(): void {
		if (this.#handle !== undefined) this.#timing.cancel(this.#handle);
		this.#handle = undefined;
		this.move = undefined;
	}

	#clamp(i: number): number {
		return Math.max(0, Math.min(this.#scene.steps.length - 1, Math.round(i)));
	}
}
