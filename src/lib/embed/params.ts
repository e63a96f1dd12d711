/**
 * What an embed URL asks for: `?mode=stepper|scroll|static`, `?step=<id>`, `?theme=light|dark`,
 * Pym.js's `?childId=` and WordPress's `#?secret=`. Anything unknown falls back to the default.
 */
export type EmbedMode = 'stepper' | 'scroll' | 'static';
export type EmbedTheme = 'light' | 'dark';

export interface EmbedParams {
	mode: EmbedMode;
	theme: EmbedTheme;
	/** index into the section's step ids, 0 when absent or unknown */
	step: number;
	/** Pym.js child id, when a Pym parent embedded us */
	pymId?: string;
	/** WordPress embed secret, when WordPress embedded us */
	wpSecret?: string;
}

const MODES: readonly EmbedMode[] = ['stepper', 'scroll', 'static'];
const THEMES: readonly EmbedTheme[] = ['light', 'dark'];
/** ids that are safe to echo back: Pym and WordPress use short word characters */
const TOKEN = /^[\w-]{1,64}$/;

export function embedParams(url: URL, stepIds: readonly string[]): EmbedParams {
	const q = url.searchParams;
	const mode = q.get('mode');
	const theme = q.get('theme');
	const step = stepIds.indexOf(q.get('step') ?? '');
	const pymId = q.get('childId') ?? '';
	// WordPress appends `#?secret=abc` to the iframe URL
	const wpSecret = new URLSearchParams(url.hash.replace(/^#\??/, '')).get('secret') ?? '';
	return {
		mode: MODES.find((m) => m === mode) ?? 'stepper',
		theme: THEMES.find((t) => t === theme) ?? 'light',
		step: Math.max(0, step),
		...(TOKEN.test(pymId) ? { pymId } : {}),
		...(TOKEN.test(wpSecret) ? { wpSecret } : {})
	};
}
