/**
 * Colours of the palette tokens used by stories. Picked to keep at least 3:1 contrast against the
 * basemap's land (#f4f1ea) and to stay apart for the common colour-vision deficiencies; forces
 * also differ by shape, so colour is never the only cue.
 */
export const PALETTE: Record<string, string> = {
	red: '#c62828',
	blue: '#0b5cad',
	green: '#1b7f4d',
	orange: '#b35900',
	purple: '#7b3fa0',
	brown: '#7a4b1e',
	teal: '#00787a',
	gray: '#5f6368',
	black: '#1f1f1f'
};

export function colour(token: string | null | undefined): string {
	return (token && PALETTE[token]) || PALETTE.gray!;
}
