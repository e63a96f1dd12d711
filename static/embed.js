/*
 * scrollymap embed resizer: include once on a page that has scrollymap iframes. It resizes an
 * iframe from this script's own site when that iframe reports its height, and does nothing else.
 * A message counts only if it comes from the iframe's own window (event.source), from its origin
 * (or "null", the origin of a sandboxed frame), and has the expected shape; heights are clamped.
 */
(function () {
	var MIN = 150; // px
	var MAX = 4000; // px
	var script = document.currentScript;
	var site = script && script.src ? new URL(script.src, location.href).origin : location.origin;

	function originOf(frame) {
		try {
			return new URL(frame.src, location.href).origin;
		} catch {
			return '';
		}
	}

	addEventListener('message', function (event) {
		var data = event.data;
		if (!data || typeof data !== 'object' || data.type !== 'scrollymap:height') return;
		var height = Number(data.height);
		if (!isFinite(height)) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			var frame = frames[i];
			if (frame.contentWindow !== event.source) continue;
			var origin = originOf(frame);
			if (origin !== site || (event.origin !== origin && event.origin !== 'null')) return;
			frame.style.height = Math.round(Math.min(MAX, Math.max(MIN, height))) + 'px';
			return;
		}
	});
})();
