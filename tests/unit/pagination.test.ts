import { describe, expect, it } from 'vitest';
import { listPaths, pageLinks, pageUrl, paginate } from '../../src/lib/pagination';

describe('paginate', () => {
  const items = Array.from({ length: 7 }, (_, i) => i + 1);

  it('splits a list into pages of the given size, page 1 at the list URL and page n at page/n/', () => {
    const pages = paginate(items, 3, '/sub/tags/x/');
    expect(pages.map((p) => [p.number, p.items, p.url, p.start])).toEqual([
      [1, [1, 2, 3], '/sub/tags/x/', 1],
      [2, [4, 5, 6], '/sub/tags/x/page/2/', 4],
      [3, [7], '/sub/tags/x/page/3/', 7],
    ]);
    expect(pages.map((p) => [p.prev, p.next])).toEqual([
      [undefined, '/sub/tags/x/page/2/'],
      ['/sub/tags/x/', '/sub/tags/x/page/3/'],
      ['/sub/tags/x/page/2/', undefined],
    ]);
    expect(pages.every((p) => p.count === 3 && p.total === 7)).toBe(true);
  });

  it('gives an empty list one empty page, and refuses a page size below 1', () => {
    expect(paginate([], 5, '/r/').map((p) => [p.number, p.count, p.items])).toEqual([[1, 1, []]]);
    expect(() => paginate(items, 0, '/r/')).toThrow(/at least 1/);
  });

  it('makes route parameters for [...page] routes: none for page 1', () => {
    expect(listPaths(items, 5, '/tags/x/', { tag: 'x' }).map((p) => p.params)).toEqual([
      { tag: 'x', page: undefined },
      { tag: 'x', page: 'page/2' },
    ]);
    expect(pageUrl('/r/', 1)).toBe('/r/');
  });
});

describe('pageLinks', () => {
  it('shows first, last and two either side, with gaps marked', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 5)).toEqual([1, 2, 3, 5].flatMap((n) => (n === 5 ? ['gap', 5] : [n])));
    expect(pageLinks(10, 20)).toEqual([1, 'gap', 8, 9, 10, 11, 12, 'gap', 20]);
    expect(pageLinks(4, 6)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
