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
