/**
 * The one clock: holds which step is active and how far its move has run (t), and feeds t from
 * requestAnimationFrame. Drivers (scroll, stepper, autoplay) only call goTo. With motion off
 * there is no animation frame at all: the map jumps to each step's final state.
 */
import type { Scene } from '$lib/scene/types';

export interface Timing {
	now: () => number;
	frame: (callback: () => void) => number;
	cancel: (handle: number) => void;
}

const browserTiming: Timing = {
	now: () => performance.now(),
	frame: (cb) => requestAnimationFrame(cb),
	cancel: (h) => cancelAnimationFrame(h)
};

export class Player {
	/** the step whose move is drawn: the frame is frameAt(scene, index, t) */
	index = $state(0);
	/** 0..1 */
	t = $state(1);
	/** the step the reader is on */
	target = $state(0);
	motion = $state(true);
	settled = $derived(this.index === this.target && this.t === 1);

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
		this.index = from;
		this.t = 1;
		this.target = target;
		if (target === from) return;
		if (!this.motion || Math.abs(target - from) !== 1) {
			this.index = target;
			return;
		}
		if (target > from) {
			this.index = target;
			this.#run(0, 1, () => {});
		} else {
			// backwards: play the step we leave in reverse; its start looks exactly like the step before
			this.#run(1, 0, () => {
				this.index = target;
				this.t = 1;
			});
		}
	}

	destroy(): void {
		this.#stop();
	}

	#run(from: number, to: number, done: () => void): void {
		const duration = this.#scene.steps[this.index]!.duration;
		const start = this.#timing.now();
		this.t = from;
		const tick = () => {
			const p = Math.min(1, (this.#timing.now() - start) / duration);
			this.t = from + (to - from) * p;
			if (p < 1) this.#handle = this.#timing.frame(tick);
			else {
				this.#handle = undefined;
				done();
			}
		};
		this.#handle = this.#timing.frame(tick);
	}

	#stop(): void {
		if (this.#handle !== undefined) this.#timing.cancel(this.#handle);
		this.#handle = undefined;
	}

	#clamp(i: number): number {
		return Math.max(0, Math.min(this.#scene.steps.length - 1, Math.round(i)));
	}
}
