import { useLayoutEffect, useRef } from 'react';
import type { TileKind } from '../../domain/journey-schema';
import type { XY } from '../../editor/editor-types';
import { tileKinds, tileKindNames } from '../../editor/tile-defaults';

export type Box = { left: number; top: number; right: number; bottom: number };
const GAP = 4;

// Where the menu goes inside the canvas, in px from its top left corner: under the "+", or above
// it when the canvas has no room below (the canvas clips what overflows it); kept inside sideways.
export function placeMenu(anchor: Box, menu: { width: number; height: number }, canvas: Box): XY {
  const below = anchor.bottom + GAP;
  const top = below + menu.height <= canvas.bottom ? below : Math.max(canvas.top, anchor.top - GAP - menu.height);
  const left = Math.max(canvas.left, Math.min(anchor.left, canvas.right - menu.width));
  return { x: left - canvas.left, y: top - canvas.top };
}

type Props = { anchor: HTMLElement; onPick: (kind: TileKind) => void; onClose: () => void };

export function InsertMenu({ anchor, onPick, onClose }: Props) {
  const menu = useRef<HTMLDivElement>(null);
  // Placed before the first paint, once the menu's size is known, inside the canvas it is
  // positioned in (its offset parent).
  useLayoutEffect(() => {
    const el = menu.current;
    const canvas = el?.offsetParent;
    if (!el || !canvas) return;
    const at = placeMenu(anchor.getBoundingClientRect(), { width: el.offsetWidth, height: el.offsetHeight }, canvas.getBoundingClientRect());
    el.style.left = `${at.x}px`;
    el.style.top = `${at.y}px`;
  }, [anchor]);
  return (
    <div
      ref={menu}
      className="insert-menu"
      role="menu"
      aria-label="Insert a tile"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          e.stopPropagation();
          const items = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button'));
          const i = items.indexOf(document.activeElement as HTMLButtonElement);
          items[(i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus();
        }
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onClose();
      }}
    >
      {tileKinds.map((kind, i) => (
        <button key={kind} type="button" role="menuitem" autoFocus={i === 0} onClick={() => onPick(kind)}>
          {tileKindNames[kind]}
        </button>
      ))}
    </div>
  );
}
