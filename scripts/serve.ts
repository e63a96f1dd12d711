/**
 * Serves the built site (build/) and prints its URL, with the build's precompressed .br/.gz files
 * where the browser accepts them, as a production host would. Static assets carry
 * `Access-Control-Allow-Origin: *` so that sandboxed embeds (an opaque origin) can load them.
 * PORT (default 4173), HOST (default 127.0.0.1) and BASE_PATH (default none) are settings.
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import sirv from 'sirv';

const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const base = process.env.BASE_PATH ?? '';
const dir = process.env.SITE_DIR ?? 'build';
if (!existsSync(`${dir}/index.html`)) {
	console.error(`${dir}/ is missing: run 'npm run build' first (or 'npm start', which builds).`);
	process.exit(1);
}
const files = sirv(dir, {
	dev: false,
	etag: true,
	brotli: true,
	gzip: true,
	extensions: ['html'],
	setHeaders: (res) => res.setHeader('Access-Control-Allow-Origin', '*')
});

const server = createServer((req, res) => {
	const url = req.url ?? '/';
	if (base && !url.startsWith(`${base}/`)) {
		res.writeHead(url === base ? 301 : 404, url === base ? { location: `${base}/` } : {});
		res.end();
		return;
	}
	req.url = url.slice(base.length) || '/';
	files(req, res, () => {
		res.writeHead(404, { 'content-type': 'text/plain' });
		res.end('not found');
	});
});
server.listen(port, host, () => console.log(`Serving ${dir}/ at http://${host === '0.0.0.0' ? 'localhost' : host}:${port}${base}/`));
