/**
 * A story page's text column as HTML, rendered once at build time: it reaches the browser in the
 * page and never as JavaScript, and is never hydrated (hydrating its 50 steps, 12 tables and
 * dialogs cost the flagship's phone page a long task on load).
 */
import { render } from 'svelte/server';
import StoryText from '../components/text/StoryText.svelte';
import type { Scene } from '../scene/types';
import type { StoryProse } from '../story/prose';

export function storyTextHtml(scene: Scene, prose: StoryProse): string {
	return render(StoryText, { props: { scene, prose } }).body.replace(/<!--[^>]*-->/g, '');
}
