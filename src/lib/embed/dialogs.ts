/**
 * The story page's "Embed this section" dialogs (markup in text/EmbedDialog.svelte, static): one
 * listener on the text column opens a dialog, writes its code for the site the reader is on,
 * copies it, and gives focus back to the button when the dialog closes.
 */
import { embedLinks, embedSnippet } from './snippet';

/** `site`: origin and base path of the site being read; returns the function that unwires it */
export function embedDialogs(root: HTMLElement, site: string, story: string, lang: 'ja' | 'en'): () => void {
	let opener: HTMLElement | undefined;
	const onClick = async (event: MouseEvent) => {
		const target = event.target instanceof Element ? event.target : null;
		const open = target?.closest<HTMLElement>('[data-embed-open]');
		if (open) {
			const dialog = document.getElementById(open.dataset.embedOpen ?? '');
			if (!(dialog instanceof HTMLDialogElement)) return;
			const code = dialog.querySelector('code');
			if (code) code.textContent = embedSnippet(embedLinks(site, story, open.dataset.section ?? '', lang, open.dataset.title ?? ''));
			const status = dialog.querySelector<HTMLElement>('[role="status"]');
			if (status) status.textContent = '';
			opener = open;
			dialog.showModal();
			// the first thing one does here is copy
			dialog.querySelector<HTMLElement>('[data-embed-copy]')?.focus();
			return;
		}
		const copy = target?.closest('[data-embed-copy]');
		const dialog = copy?.closest('dialog');
		if (!dialog) return;
		const code = dialog.querySelector('code');
		const status = dialog.querySelector<HTMLElement>('[role="status"]');
		try {
			await navigator.clipboard.writeText(code?.textContent ?? '');
			if (status) status.textContent = status.dataset.copied ?? '';
		} catch {
			// no clipboard permission: select the code so that the keyboard can copy it
			const range = document.createRange();
			if (code) range.selectNodeContents(code);
			getSelection()?.removeAllRanges();
			getSelection()?.addRange(range);
			if (status) status.textContent = status.dataset.manual ?? '';
		}
	};
	// `close` does not bubble: listen while it goes down (capture)
	const onClose = (event: Event) => {
		if (event.target instanceof HTMLDialogElement && event.target.matches('.embed-dialog')) opener?.focus();
	};
	root.addEventListener('click', onClick);
	root.addEventListener('close', onClose, true);
	return () => {
		root.removeEventListener('click', onClick);
		root.removeEventListener('close', onClose, true);
	};
}
