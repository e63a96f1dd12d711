/** Dates and troop numbers in each language's own form (JA-5, JA-6). */
import type { Lang } from './schema';

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 1918-08-02 -> "1918年8月2日" / "2 August 1918"; approximate dates say so */
export function formatDate(iso: string, lang: Lang, approx = false): string {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	if (lang === 'ja') return `${y}年${m}月${d}日${approx ? 'ごろ' : ''}`;
	return `${approx ? 'c. ' : ''}${d} ${MONTHS_EN[m - 1]} ${y}`;
}

/** Taishō era gloss for Japanese dates, e.g. 1918 -> "大正7年" (an addition, never the only form) */
export function eraYear(iso: string): string | undefined {
	const y = Number(iso.slice(0, 4));
	if (iso >= '1912-07-30' && iso < '1926-12-25') return `大正${y - 1911 === 1 ? '元' : y - 1911}年`;
	return undefined;
}

/** 72000 -> "7万2000" ; 1500 -> "1500" */
function jaNumber(n: number): string {
	if (n < 10000) return String(n);
	const man = Math.floor(n / 10000);
	const rest = n % 10000;
	return `${man}万${rest ? rest : ''}`;
}

/** troops: 12000 -> "12,000" / "1万2000人"; [72000, 73000] -> "72,000–73,000" / "7万2000〜7万3000人" */
export function formatStrength(strength: number | [number, number], lang: Lang): string {
	if (lang === 'ja') {
		return Array.isArray(strength) ? `${jaNumber(strength[0])}〜${jaNumber(strength[1])}人` : `${jaNumber(strength)}人`;
	}
	const en = (n: number) => n.toLocaleString('en-US');
	return Array.isArray(strength) ? `${en(strength[0])}–${en(strength[1])}` : en(strength);
}
