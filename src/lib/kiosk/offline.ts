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

/**
 * At an idle reset: a build that is installed and waiting takes over and the page reloads (it is
 * at its defaults anyway); otherwise look for a new build, to be taken at the next reset.
 * Returns true when the page is about to reload.
 */
export function takeUpdate(reg: ServiceWorkerRegistration | undefined): boolean {
	if (!reg) return false;
	if (reg.waiting && navigator.serviceWorker.controller) {
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
		reg.waiting.postMessage('skip-waiting');
		return true;
	}
	reg.update().catch(() => {});
	return false;
}
