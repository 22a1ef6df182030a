// How much the canvas draws, by tile count, canvas size and zoom. Pure, so the thresholds are
// tested apart from React Flow (whose zoom needs a laid-out DOM that jsdom does not have).

// Above this many tiles the overview is left out: it redraws one shape per tile on every pan and
// drag frame (a thousand tiles made it a large share of the frame), and at that count the shapes
// are too small to steer by; fit view (Controls) still shows the whole journey.
export const MINIMAP_MAX_TILES = 400;

// Below this zoom a tile's text is under 3px high and the 24-unit dot grid is ~4px apart: both
// cost most of a pan or drag frame while showing nothing readable.
export const FAR_ZOOM = 0.25;

// On a canvas smaller than this (px) the overview (200 x 150) covered a good part of the journey;
// fit view and the zoom controls remain.
export const MINIMAP_MIN_CANVAS = { width: 760, height: 480 };

export function showMinimap(tileCount: number, canvas: { width: number; height: number }): boolean {
  return tileCount > 0 && tileCount <= MINIMAP_MAX_TILES && canvas.width >= MINIMAP_MIN_CANVAS.width && canvas.height >= MINIMAP_MIN_CANVAS.height;
}

// Far: tiles keep size, handles and accessible name but drop text, corners and shadow.
export function isFarZoom(zoom: number): boolean {
  return zoom < FAR_ZOOM;
}

// The widest a character of a tile's text can be, in ems per UTF-16 unit (a bold W or a CJK
// glyph is about 1em; an emoji is two units).
const MAX_EM_PER_CHAR = 1.2;

// Whether a line of text could be wider than its box. Only such lines get the overflow clip and
// ellipsis: each clip is a paint property node of its own, and three or four a tile made the
// compositor's layer update and the paint of every drag frame a third longer, for labels like
// "Email 12" that can never overflow.
export function mayOverflow(text: string, boxPx: number, fontPx: number): boolean {
  return text.length * fontPx * MAX_EM_PER_CHAR > boxPx;
}
