import { describe, expect, it } from 'vitest';
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
