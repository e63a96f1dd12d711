/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * The kiosk's offline copy. Registered only by kiosk pages, with their path as scope, so it
 * controls nothing else. It precaches the app's code, every kiosk page with its basemap, and
 * kiosk.json, then answers those from the cache; anything else goes to the network untouched.
 * A new build installs beside the old one and waits until a kiosk page, at an idle reset,
 * asks it to take over ('skip-waiting').
 */
import { base, build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `kiosk-${version}`;
/** the config is read from the network first, so that staff can change it without a build */
const CONFIG = `${base}/kiosk.json`;
const PRECACHE = [
	...build,
	...files.filter((f) => f === CONFIG),
	...prerendered.filter((p) => p.endsWith('/kiosk/') || p.endsWith('/basemap.svg'))
];
const precached = new Set(PRECACHE);

sw.addEventListener('install', (event) => {
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((names) => Promise.all(names.filter((n) => n.startsWith('kiosk-') && n !== CACHE).map((n) => caches.delete(n))))
			.then(() => sw.clients.claim())
	);
});

sw.addEventListener('message', (event) => {
	if (event.data === 'skip-waiting') void sw.skipWaiting();
});

sw.addEventListener('fetch', (event) => {
	const url = new URL(event.request.url);
	if (event.request.method !== 'GET' || url.origin !== sw.location.origin || !precached.has(url.pathname)) return;
	event.respondWith(answer(url.pathname));
});

async function answer(path: string): Promise<Response> {
	const cache = await caches.open(CACHE);
	if (path === CONFIG) {
		try {
			const fresh = await fetch(path, { cache: 'no-store' });
			if (fresh.ok) {
				await cache.put(path, fresh.clone());
				return fresh;
			}
		} catch {
			// offline: the copy from the last time
		}
	}
	return (await cache.match(path)) ?? fetch(path);
}
