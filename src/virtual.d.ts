declare module 'virtual:prose' {
	import type { PageText } from '$lib/server/catalog';
	/** story id -> language -> prose, static section maps and the text column; filled when rendering on the server, empty in the browser */
	const prose: Record<string, Record<'ja' | 'en', PageText> | undefined>;
	export default prose;
}
