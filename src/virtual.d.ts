declare module 'virtual:prose' {
	import type { StoryProse } from '$lib/story/prose';
	/** story id -> language -> prose; filled when rendering on the server, empty in the browser */
	const prose: Record<string, Record<'ja' | 'en', StoryProse> | undefined>;
	export default prose;
}
