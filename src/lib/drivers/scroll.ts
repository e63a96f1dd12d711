/**
 * Scroll driver: reports which step element crosses the line `offset` (share of the viewport
 * height from the top) and nothing else.
 *
 * One passive scroll listener and a binary search over the steps' tops: a check reads about
 * log2(n) rectangles, with the layout already clean when scroll events run, so a frame costs the
 * same for 5 steps or 500. (scrollama, used before, kept an IntersectionObserver per step: at
 * 500 steps computing their intersections took more main-thread time per frame than the map.)
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

/** ms without a scroll event after which scrolling counts as ended, where there is no scrollend */
const QUIET_MS = 150;

export interface StepHandlers {
	/** the step at the line changed */
	step: (index: number) => void;
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
	const check = () => {
		const index = stepAtLine(elements.length, (i) => elements[i]!.getBoundingClientRect().top, innerHeight * offset);
		if (index === current) return;
		current = index;
		on.step(index);
	};
	const end = () => {
		on.end?.();
		check();
	};
	let quiet: ReturnType<typeof setTimeout> | undefined;
	const hasScrollEnd = 'onscrollend' in window;
	const onScroll = () => {
		check();
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
		clearTimeout(quiet);
		removeEventListener('scroll', onScroll);
		removeEventListener('scrollend', end);
		removeEventListener('resize', check);
	};
}
