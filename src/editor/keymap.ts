// Shortcuts are written `mod+shift+z`: `mod` is Ctrl, or Cmd on a Mac, so one table serves both.
export type KeyLike = { key: string; ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean };

export function shortcutOf(event: KeyLike, isMac = false): string {
  const parts: string[] = [];
  if (isMac ? event.metaKey : event.ctrlKey) parts.push('mod');
  if (event.altKey) parts.push('alt');
  if (event.shiftKey) parts.push('shift');
  parts.push(event.key.length === 1 ? event.key.toLowerCase() : event.key.toLowerCase());
  return parts.join('+');
}

export function matches(event: KeyLike, keys: readonly string[], isMac = false): boolean {
  return keys.includes(shortcutOf(event, isMac));
}

// For help text and aria-keyshortcuts: `mod+shift+z` → `Control+Shift+Z`.
export function ariaShortcut(key: string, isMac = false): string {
  return key
    .split('+')
    .map((p) => (p === 'mod' ? (isMac ? 'Meta' : 'Control') : p === 'shift' ? 'Shift' : p === 'alt' ? 'Alt' : p.length === 1 ? p.toUpperCase() : p[0].toUpperCase() + p.slice(1)))
    .join('+');
}
