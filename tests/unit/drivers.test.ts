import { afterEach, describe, expect, it, vi } from 'vitest';
import { whenIdle } from '../../src/lib/drivers/idle';
import { pageStepDelta, stepDelta } from '../../src/lib/drivers/keys';
import { swipeDelta } from '../../src/lib/drivers/swipe';

const key = (k: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) =>
	stepDelta({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });

describe('stepDelta', () => {
	it('moves forward and back on the stepper keys, and ignores others and chords', () => {
		expect(['ArrowDown', 'ArrowRight', 'PageDown', 'j'].map((k) => key(k))).toEqual([1, 1, 1, 1]);
		expect(['ArrowUp', 'ArrowLeft', 'PageUp', 'k'].map((k) => key(k))).toEqual([-1, -1, -1, -1]);
		expect(key('Tab')).toBe(0);
		expect(key('ArrowDown', { ctrlKey: true })).toBe(0);
	});
});

describe('pageStepDelta', () => {
	/** a key event whose target sits inside a form field or not */
	const press = (key: string, inField: boolean) =>
		({ key, altKey: false, ctrlKey: false, metaKey: false, target: { closest: () => (inField ? {} : null) } }) as unknown as KeyboardEvent;
	it('steps on the page, but leaves the keys to a field or slider that has them', () => {
		expect(pageStepDelta(press('ArrowDown', false))).toBe(1);
		expect(pageStepDelta(press('ArrowDown', true))).toBe(0);
	});
});

describe('swipeDelta', () => {
	const swipe = (dx: number, dy = 0, ms = 200) => swipeDelta({ x0: 200, y0: 300, x1: 200 + dx, y1: 300 + dy, ms });
	it('goes to the next step when the finger moves left, and back when it moves right', () => {
		expect(swipe(-120)).toBe(1);
		expect(swipe(120)).toBe(-1);
	});
	it('ignores taps, slow drags and mostly vertical moves', () => {
		expect(swipe(-20)).toBe(0);
		expect(swipe(-120, 0, 1500)).toBe(0);
		expect(swipe(-60, 100)).toBe(0);
	});
});

describe('whenIdle', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});
	it('hands the work to the idle callback, with a deadline, and cancels it', () => {
		const waiting = new Map<number, { cb: () => void; timeout?: number }>();
		let id = 0;
		vi.stubGlobal('requestIdleCallback', (cb: () => void, options?: { timeout?: number }) => (waiting.set(++id, { cb, timeout: options?.timeout }), id));
		vi.stubGlobal('cancelIdleCallback', (h: number) => waiting.delete(h));
		const done: string[] = [];
		whenIdle(() => done.push('a'), 500);
		const cancel = whenIdle(() => done.push('b'));
		expect([...waiting.values()].map((w) => w.timeout)).toEqual([500, 1000]);
		cancel();
		for (const w of waiting.values()) w.cb();
		expect(done).toEqual(['a']);
	});
	it('runs in a task of its own where there are no idle callbacks, and cancels it', () => {
		vi.stubGlobal('requestIdleCallback', undefined);
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
		const done: string[] = [];
		whenIdle(() => done.push('a'));
		whenIdle(() => done.push('b'))();
		expect(done).toEqual([]);
		vi.runAllTimers();
		expect(done).toEqual(['a']);
	});
});
