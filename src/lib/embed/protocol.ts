/**
 * The messages an embed sends its parent, and nothing else: its height, in our own shape and in
 * the shapes Pym.js and WordPress already understand, so that their hosts need no script of ours.
 */
export const HEIGHT_TYPE = 'scrollymap:height';

export interface HeightMessage {
	type: typeof HEIGHT_TYPE;
	/** which embed: "<story>/<section>" */
	id: string;
	/** CSS px */
	height: number;
}

export interface Outgoing {
	data: HeightMessage | string | { secret: string; message: 'height'; value: number };
	/** the parent's origin when known; "*" only ever carries a height */
	targetOrigin: string;
}

export interface Listeners {
	id: string;
	pymId?: string;
	wpSecret?: string;
	/** the embedding page's origin, from ancestorOrigins or the referrer; undefined when unknown */
	parentOrigin?: string;
}

/** Pym.js frames its messages as `pymxPYMx<id>xPYMx<type>xPYMx<value>` strings */
export const pymMessage = (id: string, type: string, value: string) => ['pym', id, type, value].join('xPYMx');

export function heightMessages(height: number, to: Listeners): Outgoing[] {
	const h = Math.ceil(height);
	const targetOrigin = to.parentOrigin ?? '*';
	const out: Outgoing[] = [{ data: { type: HEIGHT_TYPE, id: to.id, height: h }, targetOrigin }];
	if (to.pymId) out.push({ data: pymMessage(to.pymId, 'height', String(h)), targetOrigin });
	if (to.wpSecret) out.push({ data: { secret: to.wpSecret, message: 'height', value: h }, targetOrigin });
	return out;
}

/** true for Pym's "width" message to this child, which asks for the height again */
export function isPymWidthRequest(data: unknown, pymId: string | undefined): boolean {
	return typeof data === 'string' && pymId !== undefined && data.startsWith(pymMessage(pymId, 'width', ''));
}

/** the origin of a URL, or undefined for an empty, opaque or unparsable one */
export function originOf(url: string | undefined): string | undefined {
	if (!url) return undefined;
	try {
		const origin = new URL(url).origin;
		return origin === 'null' ? undefined : origin;
	} catch {
		return undefined;
	}
}
