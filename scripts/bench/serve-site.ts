/** A built site served by scripts/serve.ts on a port of its own, for the bench's browsers. */
import { spawn, type ChildProcess } from 'node:child_process';

/** resolves once `dir` answers on `port`; kill() the child to stop it */
export async function serveSite(dir: string, port: number): Promise<ChildProcess> {
	// one node process (no npx or tsx wrapper in between), so that kill() stops the server itself
	const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], { env: { ...process.env, PORT: String(port), SITE_DIR: dir }, stdio: 'ignore' });
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return child;
		} catch {
			// not listening yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	child.kill();
	throw new Error(`the server on port ${port} did not start`);
}
