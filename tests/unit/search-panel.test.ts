import { describe, expect, it } from 'vitest';
import { placement } from '../../src/client/search/panel-placement';

const REM = 16;

describe('placement of the header results panel', () => {
  it('stays inside the viewport wherever the box is and however wide the viewport', () => {
    for (const width of [320, 390, 768, 1024, 1280, 1920]) {
      for (const [left, right] of [
        [0, 100],
        [16, width - 16],
        [width - 260, width - 24],
        [width / 2 - 50, width / 2 + 50],
      ] as const) {
        const at = placement({ left, right, bottom: 40 }, { width, height: 800 }, REM);
        expect(at.left).toBeGreaterThanOrEqual(8);
        expect(at.left + at.width).toBeLessThanOrEqual(width - 8);
        expect(at.width).toBe(Math.min(36 * REM, width - 16));
      }
    }
  });

  it('lines its right edge up with the box where there is room, and opens just under it', () => {
    const at = placement({ left: 700, right: 976, bottom: 40 }, { width: 1024, height: 800 }, REM);
    expect(at).toEqual({ left: 976 - 576, top: 46, width: 576, maxHeight: 560 });
  });

  it('takes the full width less the margins on a phone', () => {
    expect(placement({ left: 16, right: 374, bottom: 118 }, { width: 390, height: 844 }, REM)).toMatchObject({ left: 8, width: 374 });
  });

  it('is no taller than the space under the box, but never shorter than a result or two', () => {
    expect(placement({ left: 0, right: 300, bottom: 100 }, { width: 1024, height: 400 }, REM).maxHeight).toBe(280);
    expect(placement({ left: 0, right: 300, bottom: 300 }, { width: 1024, height: 400 }, REM).maxHeight).toBe(160);
  });
});
