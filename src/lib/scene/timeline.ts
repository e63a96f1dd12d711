/**
 * The date ribbon's arithmetic: days on the 1917-1925 line, and which step is nearest a day.
 * Days are counted in UTC from the ribbon's start, so no time zone moves a date.
 */
export const RIBBON_START = '1917-01-01';
export const RIBBON_END = '1925-12-31';
export const RIBBON_YEARS = [1917, 1918, 1919, 1920, 1921, 1922, 1923, 1924, 1925];

const DAY_MS = 86_400_000;

/** days from RIBBON_START to an ISO date (YYYY-MM-DD) */
export function dayOf(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	const [y0, m0, d0] = RIBBON_START.split('-').map(Number) as [number, number, number];
	return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y0, m0 - 1, d0)) / DAY_MS);
}

export const RIBBON_DAYS = dayOf(RIBBON_END);

/** 0..1 along the ribbon */
export function ribbonShare(iso: string): number {
	return Math.max(0, Math.min(1, dayOf(iso) / RIBBON_DAYS));
}

/**
 * The step nearest a day; on a tie, or where several steps share a date, the first of them, so
 * that a jump lands at the start of what happened that day.
 */
export function nearestStep(dates: readonly string[], day: number): number {
	let best = 0;
	let bestGap = Infinity;
	dates.forEach((date, i) => {
		const gap = Math.abs(dayOf(date) - day);
		if (gap < bestGap) {
			best = i;
			bestGap = gap;
		}
	});
	return best;
}
