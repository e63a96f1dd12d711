/** Sorting the responses of a page load into the kinds the budgets talk about. */

export type ByteKind = 'html' | 'js' | 'css' | 'map' | 'font' | 'other';
export const BYTE_KINDS: readonly ByteKind[] = ['html', 'js', 'css', 'map', 'font', 'other'];

/**
 * The kind of one response, from its URL and content-type. Map data is the basemap (SVG or
 * TopoJSON/GeoJSON) and SvelteKit's page data (the scene); other SVG (icons) is "other".
 */
export function byteKind(url: string, contentType = ''): ByteKind {
	const path = new URL(url, 'http://x/').pathname.toLowerCase();
	const type = contentType.split(';')[0]!.trim().toLowerCase();
	if (/\.(woff2?|ttf|otf|eot)$/.test(path) || type.startsWith('font/')) return 'font';
	if (/\/basemap\.svg$|\.(topo\.)?json$|\.geojson$|\.pbf$|\.mvt$/.test(path) || type === 'application/json' || type === 'application/geo+json') return 'map';
	if (type === 'text/html' || /\.html?$/.test(path) || path.endsWith('/')) return 'html';
	if (type.includes('javascript') || /\.m?js$/.test(path)) return 'js';
	if (type === 'text/css' || path.endsWith('.css')) return 'css';
	return 'other';
}

export interface Transfer {
	url: string;
	kind: ByteKind;
	/** gzip -9 size of the body, bytes */
	gz: number;
	raw: number;
}

/** gzipped bytes per kind, plus the total; a URL fetched twice counts once (the second is cached) */
export function bytesByKind(transfers: readonly Transfer[]): Record<ByteKind | 'total', number> {
	const seen = new Set<string>();
	const out = Object.fromEntries([...BYTE_KINDS, 'total'].map((k) => [k, 0])) as Record<ByteKind | 'total', number>;
	for (const t of transfers) {
		if (seen.has(t.url)) continue;
		seen.add(t.url);
		out[t.kind] += t.gz;
		out.total += t.gz;
	}
	return out;
}
