/**
 * Where a prerendered page and its own script meet. A page's island is the one component that
 * the page's script (src/entries/) hydrates; SvelteKit's client does not run there (csr = false).
 */
/** the element whose one child block is the island (components/Island.svelte) */
export const ISLAND_ROOT = 'island';
/** the script element that holds the island's props as JSON */
export const ISLAND_PROPS = 'island-props';
