import { describe, expect, it } from 'vitest';
import { Player, type Timing } from '../../src/lib/drivers/player.svelte';
import type { Scene } from '../../src/lib/scene/types';

/** a clock the test moves by hand: frame callbacks run when `advance` is called */
function manualTiming() {
	let now = 0;
	let queue: (() => void)[] = [];
	const timing: Timing = {
		now: () => now,
		frame: (cb) => queue.push(cb),
		cancel: (h) => {
			queue[h - 1] = () => {};
		}
	};
	const advance = (ms: number) => {
		now += ms;
		const run = queue;
		queue = [];
		run.forEach((cb) => cb());
	};
	return { timing, advance };
}

const scene = { steps: [0, 1, 2].map((i) => ({ id: `s${i}`, duration: 1000 })) } as unknown as Scene;

describe('Player', () => {
	it('animates a move to the next step over its duration', () => {
		const { timing, advance } = manualTiming();
		const player = new Player(scene, 0, timing);
		player.goTo(1);
		expect([player.index, player.t, player.settled]).toEqual([1, 0, false]);
		advance(500);
		expect(player.t).toBeCloseTo(0.5);
		advance(600);
		expect([player.index, player.t, player.settled]).toEqual([1, 1, true]);
	});

	it('keeps the move going when the same step is asked for again', () => {
		const { timing, advance } = manualTiming();
		const player = new Player(scene, 0, timing);
		player.goTo(1);
		advance(300);
		player.goTo(1);
		expect(player.settled).toBe(false);
		advance(300);
		expect(player.t).toBeCloseTo(0.6);
	});

	it('jumps when a step is skipped or motion is off', () => {
		const { timing } = manualTiming();
		const player = new Player(scene, 0, timing);
		player.goTo(2);
		expect([player.index, player.t, player.settled]).toEqual([2, 1, true]);
		player.motion = false;
		player.goTo(1);
		expect([player.index, player.t, player.settled]).toEqual([1, 1, true]);
	});
});
