/**
 * Registers the service worker (dist/sw.js) from the form page and asks it to
 * keep this jurisdiction's form pages, so the teacher who opened one form online
 * can open any of them when the village connection drops. The state tells the
 * page whether it may say so.
 */
import { useEffect, useState } from 'react';

export type OfflineState = 'unsupported' | 'pending' | 'ready' | 'failed';

export function useOffline(pages: string[]): OfflineState {
  const [state, setState] = useState<OfflineState>('pending');
  useEffect(() => {
    // No service worker in `astro dev`: it would serve stale modules while developing.
    if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !window.isSecureContext) {
      setState('unsupported');
      return;
    }
    let cancelled = false;
    (async () => {
      await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active;
      if (!worker) throw new Error('no active service worker');
      const channel = new MessageChannel();
      const answer = new Promise<{ kept: number; total: number }>((resolve) => {
        channel.port1.onmessage = (e: MessageEvent<{ kept: number; total: number }>) => resolve(e.data);
      });
      worker.postMessage({ type: 'keep', urls: pages }, [channel.port2]);
      const { kept, total } = await answer;
      if (!cancelled) setState(kept === total ? 'ready' : 'failed');
    })().catch(() => !cancelled && setState('failed'));
    return () => {
      cancelled = true;
    };
    // Registered once per page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return state;
}
