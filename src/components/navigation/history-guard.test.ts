import { describe, expect, it, vi } from 'vitest';
import { guardHistory, historyIndex, installHistoryGuard } from './history-guard';

// Every popstate, seen before the guard (registered first); jsdom moves through history asynchronously.
const seen: Array<number | null> = [];
window.addEventListener('popstate', (e) => seen.push(historyIndex(e.state)));
async function popped(count: number): Promise<void> {
  while (seen.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('history guard', () => {
  it('reads the router index of an entry', () => {
    expect(historyIndex({ idx: 3, key: 'k' })).toBe(3);
    expect(historyIndex(null)).toBeNull();
    expect(historyIndex({ usr: 1 })).toBeNull();
  });

  it('hides Back from the router and undoes it while the guard asks; leaving moves again, seen by the router', async () => {
    installHistoryGuard();
    const router = vi.fn();
    window.addEventListener('popstate', (e) => router(historyIndex(e.state)));
    window.history.replaceState({ idx: 0 }, '', '/list');
    window.history.pushState({ idx: 1 }, '', '/editor');
    let answer!: (leave: boolean) => void;
    const confirm = vi.fn(() => new Promise<boolean>((resolve) => (answer = resolve)));
    const release = guardHistory(confirm);

    window.history.back();
    await popped(2); // the move back, undone
    expect(seen).toEqual([0, 1]);
    expect(confirm).toHaveBeenCalledTimes(1);
    expect(router).not.toHaveBeenCalled();
    expect(window.location.pathname).toBe('/editor');

    // Keep editing: nothing more happens; a second Back asks again.
    answer(false);
    window.history.back();
    await popped(4);
    expect(confirm).toHaveBeenCalledTimes(2);
    expect(router).not.toHaveBeenCalled();

    // Leave: the router sees the move.
    answer(true);
    await popped(5);
    expect(router).toHaveBeenCalledWith(0);
    expect(window.location.pathname).toBe('/list');
    release();

    // Released: Forward is the router's alone.
    window.history.forward();
    await popped(6);
    expect(router).toHaveBeenLastCalledWith(1);
    expect(confirm).toHaveBeenCalledTimes(2);
  });
});
