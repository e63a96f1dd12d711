/**
 * Scroll driver: reports which step element crosses the line `offset` (share of the viewport
 * height from the top) and nothing else. Numeric offsets only: scrollama's string parser cannot
 * report its own errors.
 */
import scrollama, { type DecimalType } from 'scrollama';

/** the last element whose top is above the trigger line, or the first when none is */
export function stepAtLine(tops: readonly number[], line: number): number {
	let found = 0;
	tops.forEach((top, i) => {
		if (top <= line) found = i;
	});
	return found;
}

export function scrollSteps(elements: HTMLElement[], onStep: (index: number) => void, offset: DecimalType = 0.5): () => void {
	const scroller = scrollama();
	let current = -1;
	const report = (index: number) => {
		current = index;
		onStep(index);
	};
	scroller.setup({ step: elements, offset }).onStepEnter(({ index }) => report(index));
	// a jump (End key, a fling, a scrollbar drag) can carry steps across the line between two
	// observations, so that no step "enters": once scrolling stops, settle on the step at the line
	const settle = () => {
		const index = stepAtLine(
			elements.map((e) => e.getBoundingClientRect().top),
			innerHeight * offset
		);
		if (index !== current) report(index);
	};
	addEventListener('scrollend', settle);
	return () => {
		removeEventListener('scrollend', settle);
		scroller.destroy();
	};
}
