// A tile's box in flow units, as the canvas draws it (canvas.css gives `.tile` the same height):
// 240 wide, or 80 per exit when it has more than three, and 88 high.
export const TILE_WIDTH = 240;
export const TILE_HEIGHT = 88;

export function tileWidth(portCount: number): number {
  return Math.max(TILE_WIDTH, portCount * 80);
}
