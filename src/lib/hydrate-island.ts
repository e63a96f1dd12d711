import { hydrate, type Component } from 'svelte';
import { ISLAND_PROPS, ISLAND_ROOT } from './island';

/** hydrates the page's island (components/Island.svelte) with the props the page carries */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint of Svelte's Component type
export function hydrateIsland<Props extends Record<string, any>>(component: Component<Props>): void {
	const target = document.getElementById(ISLAND_ROOT);
	const json = document.getElementById(ISLAND_PROPS)?.textContent;
	if (target && json) hydrate(component, { target, props: JSON.parse(json) as Props });
}
