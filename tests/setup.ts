// Component tests opt into jsdom with `// @vitest-environment jsdom`; this file adds what jsdom lacks.
import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/dom';

// A loaded 2-core CI machine can take more than the default second to render a screen.
configure({ asyncUtilTimeout: 5000 });

if (typeof window !== 'undefined') {
  // React Flow measures nodes with these; jsdom has neither.
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  const g = globalThis as Record<string, unknown>;
  g.ResizeObserver ??= ResizeObserverStub;
  g.DOMMatrixReadOnly ??= class {
    m22 = 1;
    constructor(transform?: string) {
      const scale = transform?.match(/scale\(([1-9.])\)/)?.[1];
      this.m22 = scale !== undefined ? Number(scale) : 1;
    }
  };
}
