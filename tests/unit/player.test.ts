import { describe, expect, it } from 'vitest';
import { Player, type Timing } from '../../src/lib/drivers/player.svelte';
import type { Scene } from '../../src/lib/scene/types';

/** a clock the test moves by hand: callbacks run when `advance` passes their time */
function manualTiming() {
	let now = 0;
	const due = new Map<number, { at: number; cb: () => void }>();
	let next = 0;
	const timing: Timing = {
		now: () => now,
		later: (cb, ms) => {
			due.set(++next, { at: now + ms, cb });
			return next;
		},
		cancel: (h) => void due.delete(h)
	};
	const advance = (ms: number) => {
		now += ms;
		for (const [h, { at, cb }] of [...due]) {
			if (at > now) continue;
			due.delete(h);
			cb();
		}
	};
	return { timing, advance };
}

const scene = { steps: [0, 1, 2].map((i) => ({ id: `s${i}`, duration: 1000 })) } as unknown as Scene;

describe('Player', () => {
	it('moves to the next step over its duration, and is settled when the move is over', () => {
		const { timing, advance } = manualTiming();
		const player = new Player(scene, 0, timing);
		player.goTo(1);
		expect([player.index, player.t, player.settled]).toEqual([1, 1, false]);
		expect(player.move).toEqual({ index: 1, from: 0, to: 1, duration: 1000, start: 0 });
		advance(999);
		expect(player.settled).toBe(false);
		advance(1);
		expect([player.index, player.t, player.settled, player.move]).toEqual([1, 1, true, undefined]);
	});

	it('goes back by playing the step it leaves in reverse, then rests on the step before', () => {
		const { timing, advance } = manualTiming();
		const player = new Player(scene, 2, timing);
		player.goTo(1);
		expect([player.index, player.t, player.target]).toEqual([2, 0, 1]);
		expect(player.move).toMatchObject({ index: 2, from: 1, to: 0 });
		advance(1000);
		expect([player.index, player.t, player.settled, player.move]).toEqual([1, 1, true, undefined]);
	});

	it('keeps the move going when the same step is asked for again', () => {
		const { timing, advance } = manualTiming();
		const player = new Player(scene, 0, timing);
		player.goTo(1);
		advance(300);
		player.goTo(1);
		expect(player.move?.start).toBe(0);
		advance(700);
		expect(player.settled).toBe(true);
	});

	it('a new step cuts the move short: the next move starts from the step reached', () => {
		const { timing, advance } = manualTiming();
		const player = new Player(scene, 0, timing);
		player.goTo(1);
		advance(500);
		player.goTo(2);
		expect(player.move).toEqual({ index: 2, from: 0, to: 1, duration: 1000, start: 500 });
		// the first move's end no longer settles the map
		advance(600);
		expect(player.settled).toBe(false);
		advance(400);
		expect([player.index, player.settled]).toEqual([2, true]);
	});

	it('jumps when a step is skipped or motion is off', () => {
		const { timing } = manualTiming();
		const player = new Player(scene, 0, timing);
		player.goTo(2);
		expect([player.index, player.t, player.settled, player.move]).toEqual([2, 1, true, undefined]);
		player.motion = false;
		player.goTo(1);
		expect([player.index, player.t, player.settled, player.move]).toEqual([1, 1, true, undefined]);
	});
});
