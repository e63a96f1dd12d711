/**
 * Runs `callback` once the page is idle, and at the latest after `timeoutMs` (ms); returns the
 * function that cancels it. Where the browser has no idle callbacks (older Safari), it runs in a
 * task of its own.
 */
export function whenIdle(callback: () => void, timeoutMs = 1000): () => void {
	if (typeof requestIdleCallback === 'function') {
		const handle = requestIdleCallback(callback, { timeout: timeoutMs });
		return () => cancelIdleCallback(handle);
	}
	const timer = setTimeout(callback);
	return () => clearTimeout(timer);
}
