/**
 * The kiosk's modes as a pure function of events and time (all times in ms):
 * ATTRACT plays the story by itself, ACTIVE follows a visitor, WARNING counts down, and then
 * everything (step, language, text size) returns to its default in ATTRACT.
 * The page holds the one timer and sends `tick` when `until` comes.
 */
export type Mode = 'attract' | 'active' | 'warning';
export type Lang = 'ja' | 'en';
/** text sizes: small, medium, large */
export type Size = 0 | 1 | 2;

export interface KioskConfig {
	steps: number;
	idleMs: number;
	warningMs: number;
	/** how long the attract loop stays on a step */
	dwellMs: (step: number) => number;
	defaults: { lang: Lang; size: Size };
}

export interface KioskState {
	mode: Mode;
	step: number;
	lang: Lang;
	size: Size;
	/** when the next tick changes something: the next attract step, the warning, or the reset */
	until: number;
	/** idle resets so far */
	resets: number;
}

export type KioskEvent =
	/** a tap on the attract or warning overlay */
	| { type: 'wake' }
	/** any touch or key while active: the visitor is still there */
	| { type: 'input' }
	| { type: 'go'; step: number }
	| { type: 'lang'; lang: Lang }
	| { type: 'size'; size: Size }
	| { type: 'tick' };

export function initialKiosk(config: KioskConfig, now: number): KioskState {
	return { mode: 'attract', step: 0, ...config.defaults, until: now + config.dwellMs(0), resets: 0 };
}

export function nextKiosk(state: KioskState, event: KioskEvent, now: number, config: KioskConfig): KioskState {
	const awake = (s: KioskState): KioskState => ({ ...s, mode: 'active', until: now + config.idleMs });
	if (event.type === 'tick') {
		if (now < state.until) return state;
		switch (state.mode) {
			case 'attract': {
				const step = (state.step + 1) % config.steps;
				return { ...state, step, until: now + config.dwellMs(step) };
			}
			case 'active':
				return { ...state, mode: 'warning', until: now + config.warningMs };
			case 'warning':
				return { ...initialKiosk(config, now), resets: state.resets + 1 };
		}
	}
	if (state.mode !== 'active') {
		// the first touch (or key) only wakes the kiosk; a bare touch under an overlay waits for its tap
		return event.type === 'input' ? state : awake(state);
	}
	switch (event.type) {
		case 'go':
			return awake({ ...state, step: Math.max(0, Math.min(config.steps - 1, Math.round(event.step))) });
		case 'lang':
			return awake({ ...state, lang: event.lang });
		case 'size':
			return awake({ ...state, size: event.size });
		default:
			return awake(state);
	}
}

/** whole seconds left on the warning countdown */
export function secondsLeft(state: KioskState, now: number): number {
	return Math.max(0, Math.ceil((state.until - now) / 1000));
}
