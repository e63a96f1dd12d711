/**
 * Scroll driver: reports which step element crosses the line `offset` (share of the viewport
 * height from the top) and nothing else. Numeric offsets only: scrollama's string parser cannot
 * report its own errors.
 */
import scrollama from 'scrollama';

export function scrollSteps(elements: HTMLElement[], onStep: (index: number) => void, offset = 0.5): () => void {
	const scroller = scrollama();
	scroller.setup({ step: elements, offset }).onStepEnter(({ index }) => onStep(index));
	return () => scroller.destroy();
}
