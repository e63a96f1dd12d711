/** One problem in a story file, pointing at the line and column an author has to change. */
export interface StoryError {
	file: string;
	/** 1-based */
	line: number;
	/** 1-based */
	col: number;
	/** key path inside the story, e.g. `sections[2].steps[0].actions[1].force`; empty for the file */
	path: string;
	message: string;
}

export type KeyPath = readonly (string | number)[];

/** `sections[2].steps[0].force` */
export function keyPathText(path: KeyPath): string {
	let out = '';
	for (const key of path) {
		if (typeof key === 'number') out += `[${key}]`;
		else out += out ? `.${key}` : key;
	}
	return out;
}

/** `stories/x/story.yaml:42:7 sections[0].steps[3].actions[0].force: unknown force "jpn"` */
export function formatError(e: StoryError): string {
	return `${e.file}:${e.line}:${e.col}${e.path ? ` ${e.path}` : ''}: ${e.message}`;
}

/** Levenshtein distance, for "did you mean" suggestions */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j]!;
			row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length]!;
}

/** ` (did you mean "japan"?)`, or nothing when no candidate is close */
export function didYouMean(wrong: string, candidates: Iterable<string>): string {
	let best = '';
	let bestDistance = Infinity;
	for (const candidate of candidates) {
		const d = distance(wrong.toLowerCase(), candidate.toLowerCase());
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	const closeEnough = bestDistance <= Math.max(2, Math.floor(wrong.length / 3));
	const prefix = best !== '' && (best.startsWith(wrong) || wrong.startsWith(best));
	return best && (closeEnough || prefix) ? ` (did you mean "${best}"?)` : '';
}
