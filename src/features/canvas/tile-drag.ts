// The MIME type that palette drags carry, so a drop from elsewhere (a file, text) is ignored.
export const TILE_KIND_MIME = 'application/x-journey-tile-kind';
