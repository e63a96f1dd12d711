/**
 * The date ribbon's arithmetic: the span a story's steps cover, days along it, and which step is
 * nearest a day. Days are counted in UTC, so no time zone moves a date.
 */
export interface Ribbon {
	/** ISO date of the ribbon's left end */
	start: string;
	/** its length in days */
	days: number;
	/** labelled marks: years for stories of several years, months for shorter ones */
	ticks: { iso: string; label: string }[];
}

const DAY_MS = 86_400_000;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const utc = (iso: string) => {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return Date.UTC(y, m - 1, d);
};
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** days from `start` to an ISO date (YYYY-MM-DD) */
export function dayOf(iso: string, start: string): number {
	return Math.round((utc(iso) - utc(start)) / DAY_MS);
}

/** the ribbon for steps dated `dates` (in story order): whole years, or whole months within two years */
export function ribbonFor(dates: readonly string[], lang: 'ja' | 'en'): Ribbon {
	const sorted = [...dates].sort();
	const first = sorted[0]!;
	const last = sorted[sorted.length - 1]!;
	const [y0, m0] = first.split('-').map(Number) as [number, number];
	const [y1, m1] = last.split('-').map(Number) as [number, number];
	if (y1 - y0 >= 2) {
		const start = `${y0}-01-01`;
		const ticks = Array.from({ length: y1 - y0 + 1 }, (_, i) => ({ iso: `${y0 + i}-01-01`, label: String(y0 + i) }));
		return { start, days: dayOf(`${y1}-12-31`, start), ticks };
	}
	const start = isoOf(Date.UTC(y0, m0 - 1, 1));
	const end = isoOf(Date.UTC(y1, m1, 0));
	const months = (y1 - y0) * 12 + m1 - m0 + 1;
	const ticks = Array.from({ length: months }, (_, i) => {
		const at = new Date(Date.UTC(y0, m0 - 1 + i, 1));
		const [y, m] = [at.getUTCFullYear(), at.getUTCMonth()];
		const month = lang === 'ja' ? `${m + 1}月` : MONTHS_EN[m]!;
		// the year is written at the start and where it turns
		const label = i === 0 || m === 0 ? (lang === 'ja' ? `${y}年${month}` : `${month} ${y}`) : month;
		return { iso: isoOf(at.getTime()), label };
	});
	return { start, days: dayOf(end, start), ticks };
}

/** 0..1 along the ribbon */
export function ribbonShare(ribbon: Ribbon, iso: string): number {
	return Math.max(0, Math.min(1, dayOf(iso, ribbon.start) / ribbon.days));
}

/** units across the ribbon's tick drawing (its viewBox width): a tenth of one is finer than a pixel */
export const TICKS_WIDE = 1000;

/**
 * SVG path data of a tick at each share (0..1) of the ribbon, in a drawing TICKS_WIDE units wide and
 * 1 high: one path draws every tick, so the ribbon is one element however many steps there are.
 */
export function tickPath(shares: readonly number[]): string {
	return shares.map((s) => `M${Math.round(s * TICKS_WIDE * 10) / 10} 0V1`).join('');
}

/**
 * The step nearest a day of the ribbon; on a tie, or where several steps share a date, the first
 * of them, so that a jump lands at the start of what happened that day.
 */
export function nearestStep(dates: readonly string[], ribbon: Ribbon, day: number): number {
	let best = 0;
	let bestGap = Infinity;
	dates.forEach((date, i) => {
		const gap = Math.abs(dayOf(date, ribbon.start) - day);
		if (gap < bestGap) {
			best = i;
			bestGap = gap;
		}
	});
	return best;
}
