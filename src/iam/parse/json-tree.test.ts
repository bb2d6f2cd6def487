// @vitest-environment node
import type { Node } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { offsetOfPath, parseJsonTree } from './json-tree';

/** The tree with every `children` array counting how many elements are read. */
function counting(node: Node, reads: { n: number }): Node {
  if (!node.children) return node;
  const children = node.children.map((c) => counting(c, reads));
  return {
    ...node,
    children: new Proxy(children, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.n++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    }),
  };
}

describe('offsetOfPath', () => {
  it('finds the last duplicate key and the deepest existing ancestor', () => {
    const text = '{"a": 1, "b": {"c": [10, 20]}, "a": 2}';
    const { tree } = parseJsonTree(text);
    expect(text.slice(offsetOfPath(tree!, ['a'], 'value'))).toMatch(/^2}/);
    expect(text.slice(offsetOfPath(tree!, ['a'], 'key'))).toMatch(/^"a": 2/);
    expect(text.slice(offsetOfPath(tree!, ['b', 'c', 1], 'value'))).toMatch(/^20/);
    expect(text.slice(offsetOfPath(tree!, ['b', 'x', 0], 'value'))).toMatch(/^\{"c"/);
  });

  // Regression (issue 12 item 9): each look-up scanned the object's keys, so locating a
  // finding for each of k keys cost k² (20k unknown keys: seconds).
  it('locates one finding per key of a k-key object in O(k) element reads', () => {
    const k = 2000;
    const text = `{${Array.from({ length: k }, (_, i) => `"k${i}": ${i}`).join(',')}}`;
    const reads = { n: 0 };
    const tree = counting(parseJsonTree(text).tree!, reads);
    for (let i = 0; i < k; i++) expect(text.slice(offsetOfPath(tree, [`k${i}`], 'value'), text.indexOf(',', offsetOfPath(tree, [`k${i}`], 'value')))).toBe(String(i));
    expect(reads.n).toBeLessThan(20 * k);
  });
});
