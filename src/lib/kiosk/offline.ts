/**
 * The kiosk's service worker, seen from the page: registered by kiosk pages only, with the kiosk
 * path as its scope, so reader and embed pages never get it. src/service-worker.ts precaches.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';

export interface OfflineState {
	/** 'none' where service workers are unavailable (plain http on another host than localhost) */
	worker: 'none' | 'installing' | 'installed' | 'activating' | 'activated' | 'redundant' | 'parsed';
	controlled: boolean;
	/** a newer build is installed and waits for the next idle reset */
	updatePending: boolean;
	cache?: string;
	cachedFiles: number;
}

export function registerKiosk(scope: string): Promise<ServiceWorkerRegistration | undefined> {
	if (!('serviceWorker' in navigator)) return Promise.resolve(undefined);
	return navigator.serviceWorker
		.register(`${base}/service-worker.js`, { scope, type: dev ? 'module' : 'classic' })
		.catch(() => undefined);
}

export async function offlineState(reg: ServiceWorkerRegistration | undefined): Promise<OfflineState> {
	const worker = reg?.active ?? reg?.waiting ?? reg?.installing;
	const names = typeof caches === 'undefined' ? [] : (await caches.keys()).filter((n) => n.startsWith('kiosk-'));
	const cache = names[names.length - 1];
	const cachedFiles = cache ? (await (await caches.open(cache)).keys()).length : 0;
	return {
		worker: worker?.state ?? 'none',
		controlled: typeof navigator !== 'undefined' && !!navigator.serviceWorker?.controller,
		updatePending: !!reg?.waiting,
		...(cache ? { cache } : {}),
		cachedFiles
	};
}

/** the update check that an earlier reset started, while it is under way */
let checking: Promise<unknown> | undefined;

/**
 * At an idle reset: look for a new build; when there is one (or one already waits), let it
 * install, then hand over to it and reload the page, which is at its defaults anyway. A visitor
 * who touches the screen meanwhile (`stillIdle` false) keeps the page; the build waits for the
 * next reset.
 */
export async function takeUpdate(reg: ServiceWorkerRegistration | undefined, stillIdle: () => boolean): Promise<void> {
	if (!reg || !navigator.serviceWorker.controller) return;
	if (!reg.waiting) {
		// one check at a time: an answer that never comes (a hung network; Chromium when resets
		// come seconds apart, as in the soak test) must not pile up a pending check per reset
		if (checking) return;
		checking = reg.update().then(
			() => (checking = undefined),
			() => (checking = undefined)
		);
		await checking;
	}
	const next = reg.waiting ?? reg.installing;
	if (!next) return;
	await new Promise<void>((done) => {
		const settled = () => next.state === 'installed' || next.state === 'redundant' || next.state === 'activated';
		if (settled()) return done();
		const on = () => {
			if (!settled()) return;
			next.removeEventListener('statechange', on);
			done();
		};
		next.addEventListener('statechange', on);
	});
	if (next.state !== 'installed' || !stillIdle()) return;
	navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
	next.postMessage('skip-waiting');
}
