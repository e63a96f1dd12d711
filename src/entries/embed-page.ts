/** An embedded section's script: its map, stepper and height reports to the host page. */
import EmbedPage from '$lib/components/EmbedPage.svelte';
import { hydrateIsland } from '$lib/hydrate-island';

hydrateIsland(EmbedPage);
