/** Order statistics for the bench's samples (times in ms, sizes in bytes). */

/** the p-th percentile (0..100) by linear interpolation between closest ranks; NaN for no samples */
export function percentile(values: readonly number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1);
	const lo = Math.floor(rank);
	const hi = Math.ceil(rank);
	return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

export function median(values: readonly number[]): number {
	return percentile(values, 50);
}

/**
 * How cost grows with size: the largest ratio of (cost per unit of size) between any larger size
 * and the smallest. 1 = exactly linear, below 1 = sublinear; a quadratic cost doubles it with
 * every doubling of size. Pairs are [size, cost].
 */
export function growthOverLinear(pairs: readonly (readonly [number, number])[]): number {
	const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
	const [size0, cost0] = sorted[0]!;
	return Math.max(...sorted.slice(1).map(([size, cost]) => cost / size / (cost0 / size0)));
}

/** each field's median over runs of the same measurement (a noisy machine's runs differ by tens of percent) */
export function medianOfEach<T extends { [K in keyof T]: number }>(runs: readonly T[]): T {
	const keys = Object.keys(runs[0] ?? {}) as (keyof T)[];
	return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))])) as T;
}
