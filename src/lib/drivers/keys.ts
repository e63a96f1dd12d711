/** Stepper keys: which way a key press moves through the steps, or 0 when it is not ours. */
export function stepDelta(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>): -1 | 0 | 1 {
	if (event.altKey || event.ctrlKey || event.metaKey) return 0;
	switch (event.key) {
		case 'ArrowDown':
		case 'ArrowRight':
		case 'PageDown':
		case 'j':
			return 1;
		case 'ArrowUp':
		case 'ArrowLeft':
		case 'PageUp':
		case 'k':
			return -1;
		default:
			return 0;
	}
}

/** stepDelta for keys pressed on the page: 0 while the reader types, or works a control that uses the arrows itself */
export function pageStepDelta(event: KeyboardEvent): -1 | 0 | 1 {
	const target = event.target as Element | null;
	if (target?.closest?.('input, textarea, select, [contenteditable]')) return 0;
	return stepDelta(event);
}
