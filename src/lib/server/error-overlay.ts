/**
 * The panel `npm run dev` lays over every page while a story has errors: the same
 * `file:line:col key.path: message` lines as `npm run story:check`, escaped, with no script.
 * Never part of a build.
 */
import { escapeHtml } from '../story/markdown';

export function errorOverlayHtml(lines: readonly string[]): string {
	if (lines.length === 0) return '';
	const items = lines.map((line) => `<li>${escapeHtml(line)}</li>`).join('');
	return (
		'<aside id="story-errors" role="alert" style="position:fixed;inset:auto 0 0 0;z-index:1000;max-height:60vh;overflow:auto;' +
		'margin:0;padding:1rem 1.25rem;background:#fff4f2;color:#5c0f06;border-top:4px solid #c0392b;' +
		'font:14px/1.5 ui-monospace,monospace;box-shadow:0 -4px 16px rgb(0 0 0 / 0.2)">' +
		`<strong style="font:600 15px/1.4 system-ui,sans-serif">${lines.length === 1 ? 'A story has an error' : `Stories have ${lines.length} errors`}; ` +
		'fix the file and save it, the page reloads by itself</strong>' +
		`<ul style="margin:0.5rem 0 0;padding-left:1.25rem">${items}</ul></aside>`
	);
}
