/**
 * Kiosk settings from the page's URL and static/kiosk.json: the idle timeout (seconds in both,
 * never under 30), the staff PIN, and a test-only fixed attract dwell (`?dwell=<ms>`).
 */
import type { Lang } from './machine';

export const DEFAULT_IDLE_S = 90;
export const MIN_IDLE_S = 30;
export const WARNING_S = 20;

export interface KioskSettings {
	idleMs: number;
	warningMs: number;
	/** a fixed attract dwell for tests, ms; otherwise dwell follows the text */
	dwellMs?: number;
	/** digits; absent when the file names none, and then there is no staff view */
	pin?: string;
	/** the staff view was opened by `?staff=<pin>` */
	staff: boolean;
}

const positive = (v: unknown): number | undefined => {
	const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
	return typeof n === 'number' && Number.isFinite(n) && n > 0 ? n : undefined;
};

export function kioskSettings(search: URLSearchParams, file: unknown): KioskSettings {
	const f = (typeof file === 'object' && file !== null ? file : {}) as Record<string, unknown>;
	const idleS = Math.max(MIN_IDLE_S, positive(search.get('idle')) ?? positive(f.idleSeconds) ?? DEFAULT_IDLE_S);
	const pin = typeof f.staffPin === 'string' && /^\d{4,8}$/.test(f.staffPin) ? f.staffPin : undefined;
	const dwell = positive(search.get('dwell'));
	return {
		idleMs: idleS * 1000,
		warningMs: WARNING_S * 1000,
		...(dwell ? { dwellMs: dwell } : {}),
		...(pin ? { pin } : {}),
		staff: pin !== undefined && search.get('staff') === pin
	};
}

/** reading speed, characters per second, for someone standing at a screen */
const READ_RATE: Record<Lang, number> = { ja: 7, en: 15 };
/** time to watch the map move before reading, ms */
const LOOK_MS = 4000;
const MIN_DWELL_MS = 10_000;
const MAX_DWELL_MS = 45_000;

/** how long the attract loop shows a step whose text has `chars` characters, ms */
export function dwellFor(chars: number, lang: Lang): number {
	return Math.min(MAX_DWELL_MS, Math.max(MIN_DWELL_MS, Math.round(LOOK_MS + (chars / READ_RATE[lang]) * 1000)));
}
