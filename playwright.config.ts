import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './tests/browser/chromium';

/** the site as `npm start` serves it, and a second build published under a sub-path.
 * TEST_PORT (default 4174) moves both servers, so two checkouts can test side by side. */
const PORT = Number(process.env.TEST_PORT ?? 4174);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const SUB_ORIGIN = `http://127.0.0.1:${PORT + 1}`;
export const SUB_PATH = '/stories';

export default defineConfig({
	testDir: 'tests/browser',
	timeout: 60_000,
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: [['list']],
	use: {
		baseURL: ORIGIN,
		launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }
	},
	webServer: [
		{
			command: 'tsx scripts/serve.ts',
			env: { PORT: String(PORT) },
			url: `${ORIGIN}/`,
			reuseExistingServer: false
		},
		{
			command: `npm run -s build && tsx scripts/serve.ts`,
			env: { PORT: String(PORT + 1), BASE_PATH: SUB_PATH, BUILD_DIR: 'build-sub', SITE_DIR: 'build-sub', SITE_ORIGIN: SUB_ORIGIN },
			url: `${SUB_ORIGIN}${SUB_PATH}/`,
			reuseExistingServer: false,
			// the build draws every step as PNG (about 1 min of CPU alone, far more on a busy machine)
			timeout: 900_000
		}
	]
});
