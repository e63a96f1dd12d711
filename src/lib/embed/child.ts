/**
 * The embedded page's side of resizing: posts its height to the parent on start, on every
 * resize of `el` and whenever `post()` is called (a step change). Every browser API that a
 * sandbox or an old browser may refuse is tried, never relied on: the content shows regardless.
 */
import { heightMessages, isPymWidthRequest, originOf, type Listeners } from './protocol';

export interface HeightReporter {
	post(): void;
	stop(): void;
}

/** the embedding page's origin: ancestorOrigins where the browser has it, else the referrer's */
function parentOrigin(): string | undefined {
	try {
		return originOf(location.ancestorOrigins?.[0]) ?? originOf(document.referrer);
	} catch {
		return undefined;
	}
}

export function reportHeight(el: HTMLElement, who: Omit<Listeners, 'parentOrigin'>): HeightReporter {
	const framed = (() => {
		try {
			return window.parent !== window;
		} catch {
			return true;
		}
	})();
	if (!framed) return { post: () => {}, stop: () => {} };
	const to: Listeners = { ...who, ...(parentOrigin() ? { parentOrigin: parentOrigin() } : {}) };
	let last = -1;
	const post = (force = false) => {
		const height = el.getBoundingClientRect().height;
		if (!force && Math.ceil(height) === last) return;
		last = Math.ceil(height);
		for (const m of heightMessages(height, to)) {
			try {
				window.parent.postMessage(m.data, m.targetOrigin);
			} catch {
				// a parent on another origin than the referrer said: nothing to tell it
			}
		}
	};
	const onMessage = (event: MessageEvent) => {
		if (event.source === window.parent && isPymWidthRequest(event.data, to.pymId)) post(true);
	};
	addEventListener('message', onMessage);
	const onResize = () => post();
	let observer: ResizeObserver | undefined;
	try {
		observer = new ResizeObserver(onResize);
		observer.observe(el);
	} catch {
		addEventListener('resize', onResize);
	}
	post(true);
	return {
		post: () => post(true),
		stop: () => {
			observer?.disconnect();
			removeEventListener('resize', onResize);
			removeEventListener('message', onMessage);
		}
	};
}
