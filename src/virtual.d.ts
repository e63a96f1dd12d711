declare module 'virtual:prose' {
	import type { PageProse } from '$lib/server/catalog';
	/** story id -> language -> prose and static section maps; filled when rendering on the server, empty in the browser */
	const prose: Record<string, Record<'ja' | 'en', PageProse> | undefined>;
	export default prose;
}
