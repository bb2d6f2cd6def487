/**
 * Tabs of one browser share one backend, as the real service is shared: each tab runs its own MSW
 * handlers on its own in-memory store, so after a local change a tab sends its state to the other
 * tabs (BroadcastChannel, structured clone) and they adopt it. A change of tokens only (a sign-in)
 * sends only the tokens, so a freshly opened tab never pushes an older state; tokens are merged,
 * never dropped. Without this, an edit in one tab stayed invisible to the other (no 409 on a stale
 * save from a second tab).
 */
import type { MockStore, PersistedStore } from './store/store';

type Message = { kind: 'state'; data: PersistedStore } | { kind: 'tokens'; tokens: Map<string, string> };

export const TAB_SYNC_CHANNEL = 'ma-console.store.v1';

export function syncTabs(store: MockStore, delayMs = 30): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(TAB_SYNC_CHANNEL);
  let applying = false;
  let sentRevision = store.revision;
  let timer: ReturnType<typeof setTimeout> | undefined;

  channel.onmessage = (event: MessageEvent<Message>) => {
    const m = event.data;
    applying = true;
    try {
      if (m.kind === 'tokens') {
        for (const [token, userId] of m.tokens) store.tokens.set(token, userId);
        store.notify();
      } else if (m.data.version === 1) {
        store.replace(m.data.state, new Map([...store.tokens, ...m.data.tokens]));
      }
    } finally {
      applying = false;
      sentRevision = store.revision;
    }
  };

  const send = () => {
    timer = undefined;
    if (store.revision === sentRevision) channel.postMessage({ kind: 'tokens', tokens: store.tokens } satisfies Message);
    else channel.postMessage({ kind: 'state', data: store.persisted() } satisfies Message);
    sentRevision = store.revision;
  };
  const unsubscribe = store.subscribe(() => {
    if (applying) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(send, delayMs);
  });
  return () => {
    if (timer !== undefined) clearTimeout(timer);
    unsubscribe();
    channel.close();
  };
}
