import { afterEach, describe, expect, it, vi } from 'vitest';
import { dwellFor, kioskSettings } from '../../src/lib/kiosk/config';
import { FRAMES_TO_JUDGE, framesSlow, meteredTiming } from '../../src/lib/kiosk/frames';
import { initialKiosk, nextKiosk, secondsLeft, type KioskConfig, type KioskEvent, type KioskState } from '../../src/lib/kiosk/machine';
import { unlinked } from '../../src/lib/kiosk/unlinked';

const config: KioskConfig = {
	steps: 5,
	idleMs: 90_000,
	warningMs: 20_000,
	// step i dwells 10 s + i s: dwell follows the step
	dwellMs: (i) => 10_000 + i * 1000,
	defaults: { lang: 'ja', size: 1 }
};

/** a fake clock driving the machine as the page does: one timer, fired at `until` */
class Kiosk {
	now = 1000;
	state: KioskState = initialKiosk(config, this.now);
	send(event: KioskEvent) {
		this.state = nextKiosk(this.state, event, this.now, config);
		return this;
	}
	/** lets `ms` pass, firing the timer whenever it is due */
	wait(ms: number) {
		const end = this.now + ms;
		while (this.state.until <= end) {
			this.now = Math.max(this.now, this.state.until);
			this.send({ type: 'tick' });
		}
		this.now = end;
		return this;
	}
}

describe('kiosk machine', () => {
	it('attract plays the steps in a loop, each for its own dwell', () => {
		const k = new Kiosk();
		expect(k.state).toMatchObject({ mode: 'attract', step: 0, lang: 'ja', size: 1 });
		k.wait(9_999);
		expect(k.state.step).toBe(0);
		k.wait(1);
		expect(k.state.step).toBe(1);
		k.wait(10_999);
		expect(k.state.step).toBe(1);
		k.wait(1);
		expect(k.state.step).toBe(2);
		// 12 + 13 + 14 s later it wraps to the first step
		k.wait(12_000 + 13_000 + 14_000);
		expect(k.state).toMatchObject({ mode: 'attract', step: 0 });
	});

	it('the first touch or key only leaves attract: nothing it asks for happens', () => {
		for (const event of [{ type: 'wake' }, { type: 'go', step: 3 }, { type: 'lang', lang: 'en' }, { type: 'size', size: 2 }] as KioskEvent[]) {
			const k = new Kiosk().wait(10_000);
			k.send(event);
			expect(k.state).toMatchObject({ mode: 'active', step: 1, lang: 'ja', size: 1 });
		}
		// a bare touch under the overlay waits for its tap
		expect(new Kiosk().send({ type: 'input' }).state.mode).toBe('attract');
	});

	it('idle time brings the warning, and its end resets step, language and size', () => {
		const k = new Kiosk().send({ type: 'wake' });
		k.send({ type: 'go', step: 3 }).send({ type: 'lang', lang: 'en' }).send({ type: 'size', size: 2 });
		k.wait(89_999);
		expect(k.state.mode).toBe('active');
		k.wait(1);
		expect(k.state.mode).toBe('warning');
		expect(secondsLeft(k.state, k.now)).toBe(20);
		k.wait(10_500);
		expect(secondsLeft(k.state, k.now)).toBe(10);
		k.wait(9_500);
		expect(k.state).toMatchObject({ mode: 'attract', step: 0, lang: 'ja', size: 1, resets: 1 });
		expect(k.state.until).toBe(k.now + config.dwellMs(0));
	});

	it('any input while active restarts the idle time', () => {
		const k = new Kiosk().send({ type: 'wake' });
		k.wait(80_000).send({ type: 'input' }).wait(80_000);
		expect(k.state.mode).toBe('active');
		k.send({ type: 'go', step: 1 }).wait(89_000);
		expect(k.state).toMatchObject({ mode: 'active', step: 1 });
	});

	it('Continue cancels the reset and keeps everything as the visitor left it', () => {
		const k = new Kiosk().send({ type: 'wake' }).send({ type: 'go', step: 4 }).send({ type: 'lang', lang: 'en' });
		k.wait(90_000 + 15_000);
		expect(k.state.mode).toBe('warning');
		// a touch alone does not continue (the overlay's tap does), so nothing under it is pressed
		k.send({ type: 'input' });
		expect(k.state.mode).toBe('warning');
		k.send({ type: 'wake' }).wait(60_000);
		expect(k.state).toMatchObject({ mode: 'active', step: 4, lang: 'en', resets: 0 });
	});

	it('steps stay in the story', () => {
		const k = new Kiosk().send({ type: 'wake' });
		expect(k.send({ type: 'go', step: -1 }).state.step).toBe(0);
		expect(k.send({ type: 'go', step: 99 }).state.step).toBe(4);
	});

	it('a timer that fires early changes nothing', () => {
		const k = new Kiosk();
		const before = k.state;
		expect(nextKiosk(before, { type: 'tick' }, k.now + 5, config)).toBe(before);
	});

	it('1,000 cycles end where the first began', () => {
		const k = new Kiosk();
		for (let i = 0; i < 1000; i++) k.send({ type: 'wake' }).send({ type: 'go', step: i % 5 }).wait(110_000);
		expect(k.state).toMatchObject({ mode: 'attract', step: 0, lang: 'ja', size: 1, resets: 1000 });
	});
});

describe('kiosk settings', () => {
	const q = (s: string) => new URLSearchParams(s);
	it('idle comes from the URL, else the file, else 90 s, and is never under 30 s', () => {
		expect(kioskSettings(q(''), undefined).idleMs).toBe(90_000);
		expect(kioskSettings(q(''), { idleSeconds: 120 }).idleMs).toBe(120_000);
		expect(kioskSettings(q('idle=45'), { idleSeconds: 120 }).idleMs).toBe(45_000);
		expect(kioskSettings(q('idle=5'), undefined).idleMs).toBe(30_000);
		expect(kioskSettings(q('idle=abc'), { idleSeconds: 'x' }).idleMs).toBe(90_000);
		expect(kioskSettings(q(''), undefined).warningMs).toBe(20_000);
	});
	it('the staff view opens only with the PIN from the file', () => {
		expect(kioskSettings(q('staff=2468'), { staffPin: '2468' })).toMatchObject({ pin: '2468', staff: true });
		expect(kioskSettings(q('staff=1111'), { staffPin: '2468' }).staff).toBe(false);
		// no PIN in the file: no staff view at all
		expect(kioskSettings(q('staff=undefined'), {}).staff).toBe(false);
		expect(kioskSettings(q(''), { staffPin: '12' }).pin).toBeUndefined();
	});
	it('a fixed dwell is for tests only, given in the URL', () => {
		expect(kioskSettings(q('dwell=200'), undefined).dwellMs).toBe(200);
		expect(kioskSettings(q(''), { dwell: 200 }).dwellMs).toBeUndefined();
	});
});

describe('attract dwell', () => {
	it('grows with the text, Japanese read more slowly per character, within 10-45 s', () => {
		expect(dwellFor(0, 'ja')).toBe(10_000);
		expect(dwellFor(100, 'ja')).toBeGreaterThan(dwellFor(100, 'en'));
		expect(dwellFor(100, 'ja')).toBeGreaterThan(dwellFor(60, 'ja'));
		expect(dwellFor(100, 'ja')).toBeGreaterThan(15_000);
		expect(dwellFor(5000, 'en')).toBe(45_000);
	});
});

describe('the kiosk clock', () => {
	/** a screen drawing a frame every `everyMs`: animation frames run when the fake clock passes them */
	function screen(everyMs: number) {
		vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'performance'] });
		const waiting = new Map<number, FrameRequestCallback>();
		let id = 0;
		let frames = 0;
		vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => (waiting.set(++id, cb), id));
		vi.stubGlobal('cancelAnimationFrame', (h: number) => waiting.delete(h));
		setInterval(() => {
			const due = [...waiting.values()];
			waiting.clear();
			frames += due.length > 0 ? 1 : 0;
			due.forEach((cb) => cb(performance.now()));
		}, everyMs);
		return { frames: () => frames };
	}
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('reports the intervals of the first frames of a wait, then waits on a timer and calls back once at its end', () => {
		const shown = screen(100);
		const intervals: number[] = [];
		const timing = meteredTiming((ms) => intervals.push(ms));
		let done = 0;
		timing.later(() => done++, 2000);
		vi.advanceTimersByTime(1999);
		expect(done).toBe(0);
		expect(intervals).toEqual(Array(FRAMES_TO_JUDGE).fill(100));
		// no frame was asked for after those
		expect(shown.frames()).toBe(FRAMES_TO_JUDGE + 1);
		vi.advanceTimersByTime(1);
		expect(done).toBe(1);
		vi.advanceTimersByTime(5000);
		expect(done).toBe(1);
	});

	it('measures its frames whole even when the wait is shorter', () => {
		screen(100);
		const intervals: number[] = [];
		let done = 0;
		meteredTiming((ms) => intervals.push(ms)).later(() => done++, 300);
		vi.advanceTimersByTime(300);
		expect(done).toBe(1);
		vi.advanceTimersByTime(5000);
		expect(intervals).toEqual(Array(FRAMES_TO_JUDGE).fill(100));
	});

	it('a cancelled wait never calls back', () => {
		screen(16);
		const timing = meteredTiming(() => {});
		let done = 0;
		const h = timing.later(() => done++, 300);
		vi.advanceTimersByTime(50);
		timing.cancel(h);
		const late = timing.later(() => done++, 300);
		vi.advanceTimersByTime(400);
		timing.cancel(late);
		expect(done).toBe(1);
	});
});

describe('slow frames', () => {
	it('are judged by the median of the last intervals, not by one hiccup', () => {
		expect(framesSlow(Array(20).fill(16.7))).toBe(false);
		expect(framesSlow([...Array(7).fill(16.7), 400])).toBe(false);
		expect(framesSlow(Array(8).fill(80))).toBe(true);
		// a slow start followed by smooth frames: the recent ones count
		expect(framesSlow([...Array(8).fill(80), ...Array(8).fill(16.7)])).toBe(false);
		expect(framesSlow(Array(5).fill(80))).toBe(false);
	});
});

describe('unlinked', () => {
	it('drops source references and keeps link text without the link', () => {
		const html = 'A <em>b</em><sup class="ref"><a href="#source-x">1</a></sup> and <a href="https://example.test/" rel="noopener noreferrer">c</a>.';
		expect(unlinked(html)).toBe('A <em>b</em> and <span>c</span>.');
	});
});
