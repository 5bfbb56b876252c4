// @vitest-environment happy-dom
// The progressive list: a new list shows its first items in the render that brings it, then grows.
import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { useProgressive } from '../../src/popup/use-progressive.ts';

afterEach(cleanup);

/** Every count rendered for each list, in order (act() would hide a count shown for one frame). */
function recorder() {
  const seen = new Map<string, number[]>();
  function List({ items }: { items: string[] }) {
    const shown = useProgressive(items.length, items);
    const name = items.join();
    seen.set(name, [...(seen.get(name) ?? []), shown]);
    return <p>{shown}</p>;
  }
  return { seen, List };
}

describe('useProgressive', () => {
  it('renders a new short list whole from its first render, never with the previous list’s count', () => {
    const { seen, List } = recorder();
    const { rerender } = render(<List items={['a']} />);
    rerender(<List items={['b', 'c']} />);
    expect(seen.get('a')).toEqual([1]);
    expect(new Set(seen.get('b,c'))).toEqual(new Set([2]));
  });

  it('starts a long list at 8 and grows to all of it; the next list starts again at its own count', async () => {
    const { seen, List } = recorder();
    const long = Array.from({ length: 30 }, (_, i) => `x${i}`);
    const { rerender } = render(<List items={long} />);
    expect(seen.get(long.join())![0]).toBe(8);
    await waitFor(() => expect(seen.get(long.join())!.at(-1)).toBe(30));
    rerender(<List items={['y', 'z', 'w']} />);
    expect(new Set(seen.get('y,z,w'))).toEqual(new Set([3]));
  });
});
