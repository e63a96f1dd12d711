/**
 * Scroll driver: reports which step element crosses the line `offset` (share of the viewport
 * height from the top) and nothing else.
 *
 * One passive scroll listener and a binary search over the sections' and then the steps' tops:
 * a check reads about log2(n) rectangles, so a frame costs the same for 5 steps or 500. The check
 * runs in the frame's animation callbacks, after the browser has stepped the map's animations:
 * reading a rectangle in the scroll event itself made the browser work out the style of every
 * animated mark twice in each frame. (scrollama, used before, kept an
 * IntersectionObserver per step: at 500 steps, computing their intersections took more
 * main-thread time per frame than the map.)
 */

/**
 * The last of `count` elements whose top (`top(i)`, px, not decreasing with i) is at or above
 * `line`, or the first when none is. Reads top() about log2(count) times.
 */
export function stepAtLine(count: number, top: (i: number) => number, line: number): number {
	let [low, high] = [0, count - 1];
	while (low < high) {
		// the upper middle, so that low moves on when the middle qualifies
		const mid = (low + high + 1) >> 1;
		if (top(mid) <= line) low = mid;
		else high = mid - 1;
	}
	return low;
}

/**
 * The step at a line (px from the viewport's top), searching the steps' parents first: a section
 * out of view is not laid out (content-visibility), and asking where a step inside it is would
 * lay it out. Only the section at the line, and the one before it, have their steps read.
 */
export function groupedSteps(elements: readonly HTMLElement[]): (line: number) => number {
	const groups: { box: Element; first: number; count: number }[] = [];
	elements.forEach((el, i) => {
		const last = groups[groups.length - 1];
		if (last && last.box === el.parentElement) last.count++;
		else groups.push({ box: el.parentElement ?? el, first: i, count: 1 });
	});
	const top = (el: Element) => el.getBoundingClientRect().top;
	return (line) => {
		const g = groups[stepAtLine(groups.length, (k) => top(groups[k]!.box), line)]!;
		const inside = stepAtLine(g.count, (k) => top(elements[g.first + k]!), line);
		// above the group's first step (its heading is at the line): the step before it
		return inside === 0 && top(elements[g.first]!) > line ? Math.max(0, g.first - 1) : g.first + inside;
	};
}

/** ms without a scroll event after which scrolling counts as ended, where there is no scrollend */
const QUIET_MS = 150;

export interface StepHandlers {
	/** the step at the line changed; false if the page ignored it (it is reported again when scrolling ends) */
	step: (index: number) => boolean;
	/** scrolling stopped; called before the step at the line is checked once more */
	end?: () => void;
}

/**
 * Calls `step` whenever the step at the line changes. When scrolling ends, `end` runs and the
 * line is checked again: a jump (End key, a fling, a scrollbar drag) may have left no scroll
 * event on the last step. The first check runs on the next frame, once the browser has scrolled
 * to a #step in the address.
 */
export function scrollSteps(elements: readonly HTMLElement[], on: StepHandlers, offset = 0.5): () => void {
	let current = -1;
	/** the step about to be reported, and its timer */
	let queued = -1;
	let report: ReturnType<typeof setTimeout> | undefined;
	const at = groupedSteps(elements);
	/**
	 * A change is reported in a task of its own: checks run in a frame's animation callbacks or in
	 * scrollend, and a step change there shared its task with the frame's style, layout and paint
	 * (over 50 ms at 4x CPU throttling, npm run bench). The map starts a frame later.
	 */
	const check = () => {
		const index = at(innerHeight * offset);
		if (index === queued || (index === current && queued < 0)) return;
		clearTimeout(report);
		queued = index;
		report = setTimeout(() => {
			queued = -1;
			if (index !== current && on.step(index)) current = index;
		});
	};
	const end = () => {
		on.end?.();
		check();
	};
	let quiet: ReturnType<typeof setTimeout> | undefined;
	const hasScrollEnd = 'onscrollend' in window;
	let frame = 0;
	const onScroll = () => {
		frame ||= requestAnimationFrame(() => {
			frame = 0;
			check();
		});
		if (hasScrollEnd) return;
		clearTimeout(quiet);
		quiet = setTimeout(end, QUIET_MS);
	};
	addEventListener('scroll', onScroll, { passive: true });
	if (hasScrollEnd) addEventListener('scrollend', end);
	addEventListener('resize', check);
	const first = requestAnimationFrame(check);
	return () => {
		cancelAnimationFrame(first);
		cancelAnimationFrame(frame);
		clearTimeout(quiet);
		clearTimeout(report);
		removeEventListener('scroll', onScroll);
		removeEventListener('scrollend', end);
		removeEventListener('resize', check);
	};
}
