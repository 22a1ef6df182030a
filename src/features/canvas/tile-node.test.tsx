// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TileNode } from '../../editor/to-canvas';
import { DotGrid } from './dot-grid';
import { FarZoomProvider } from './far-zoom';
import { nodeTypes } from './tile-node';

afterEach(cleanup);

const node: TileNode = {
  id: 'split',
  type: 'condition',
  position: { x: 0, y: 0 },
  data: {
    tile: { id: 'split', kind: 'condition', label: 'VIP?', position: { x: 0, y: 0 }, branches: [] },
    summary: 'Two branches',
    ports: [{ id: 'a', label: 'Gold' }, { id: 'b', label: 'Other' }],
    badge: null,
    placed: true,
  },
};

function renderAtZoom(zoom: number) {
  render(
    <ReactFlowProvider>
      <div style={{ width: 800, height: 600 }}>
        <FarZoomProvider>
          <ReactFlow nodes={[node]} edges={[]} nodeTypes={nodeTypes} defaultViewport={{ x: 0, y: 0, zoom }} minZoom={0.05}>
            <DotGrid extent={{ minX: 0, minY: 0, maxX: 240, maxY: 88 }} />
          </ReactFlow>
        </FarZoomProvider>
      </div>
    </ReactFlowProvider>,
  );
  return screen.getByTestId('tile-split');
}

describe('a tile zoomed far out', () => {
  it('draws its head, label, summary and port labels at zoom 0.25', () => {
    const tile = renderAtZoom(0.25);
    expect(tile).not.toHaveClass('is-far');
    expect(tile).toHaveTextContent('VIP?');
    expect(tile).toHaveTextContent('Two branches');
    expect(tile).toHaveTextContent('Gold');
    expect(tile.querySelector('.tile-head')).not.toBeNull();
    expect(document.querySelector('.canvas-grid')).not.toBeNull();
  });

  it('drops all text and the dot grid below zoom 0.25 but keeps its accessible name and the flat is-far paint', () => {
    const tile = renderAtZoom(0.2);
    expect(tile).toHaveClass('is-far');
    expect(tile.querySelector('.tile-head, .tile-label, .tile-summary, .tile-port-label')).toBeNull();
    expect(tile).not.toHaveTextContent('VIP?');
    expect(tile).not.toHaveTextContent('Gold');
    expect(document.querySelector('.canvas-grid')).toBeNull();
    expect(tile).toHaveAttribute('role', 'group');
    // aria-label, not toHaveAccessibleName: React Flow keeps an unmeasured node visibility:hidden in jsdom.
    expect(tile).toHaveAttribute('aria-label', 'Condition tile VIP?: Two branches');
  });
});

describe('tile text clipping', () => {
  it('gives the ellipsis clip only to lines that may overflow their box', () => {
    const tile = renderAtZoom(1);
    // "VIP?" and "Gold" can never fill their boxes.
    expect(tile.querySelector('.tile-label')).not.toHaveClass('can-overflow');
    expect(tile.querySelector('.tile-port-label')).not.toHaveClass('can-overflow');
    cleanup();
    const long = 'Send the confirmation email to everyone';
    render(
      <ReactFlowProvider>
        <ReactFlow nodes={[{ ...node, data: { ...node.data, tile: { ...node.data.tile, label: long } } }]} edges={[]} nodeTypes={nodeTypes} />
      </ReactFlowProvider>,
    );
    expect(screen.getByText(long)).toHaveClass('tile-label', 'can-overflow');
  });
});
