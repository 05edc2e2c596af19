import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDraftChannel, type DraftChannel, type DraftEvent } from '../../../site/lib/drafts/draft-channel.ts';

const opened: DraftChannel[] = [];
const open = (onEvent: (e: DraftEvent) => void) => {
  const c = openDraftChannel(onEvent);
  opened.push(c);
  return c;
};
afterEach(() => {
  for (const c of opened.splice(0)) c.close();
  vi.unstubAllGlobals();
});

describe('openDraftChannel', () => {
  it("tells every other page, of any form, and never the page itself", async () => {
    const heardByA: DraftEvent[] = [];
    const heardByB: DraftEvent[] = [];
    const a = open((e) => heardByA.push(e));
    open((e) => heardByB.push(e));
    a.post({ type: 'saved', form: 'dropout-registration', id: 'd1', base: undefined });
    a.post({ type: 'deleted-all' });
    await vi.waitFor(() => expect(heardByB).toHaveLength(2));
    expect(heardByB[0]).toEqual({ type: 'saved', form: 'dropout-registration', id: 'd1', base: undefined });
    expect(heardByA).toEqual([]);
  });

  it('ignores what is not an event, and posting on a closed channel does not throw', async () => {
    const heard: DraftEvent[] = [];
    open((e) => heard.push(e));
    const stranger = new BroadcastChannel('baoxue-drafts');
    stranger.postMessage(null);
    stranger.postMessage({ form: 'x' });
    stranger.postMessage({ type: 'changed' });
    await vi.waitFor(() => expect(heard).toEqual([{ type: 'changed' }]));
    stranger.close();
    const gone = openDraftChannel(() => {});
    gone.close();
    expect(() => gone.post({ type: 'changed' })).not.toThrow();
  });

  it('does nothing where BroadcastChannel does not exist', () => {
    vi.stubGlobal('BroadcastChannel', undefined);
    const c = openDraftChannel(() => {});
    expect(() => c.post({ type: 'changed' })).not.toThrow();
    c.close();
  });
});
