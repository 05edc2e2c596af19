/**
 * The site's service worker (built into dist/sw.js by offline-integration.ts).
 * Village schools lose their connection often: once a form page has been opened
 * online, it — and the other form pages of its jurisdiction — must still open,
 * fill, print, export and import with the network gone.
 *
 * - On install only the shell is cached: the home page and what it needs
 *   (styles, the search loader). It is the same for a site of 8 or of 3,000
 *   jurisdictions, so a first visit never downloads the whole site's code.
 * - A page asks (message `keep`) for the pages it wants kept — a form page for
 *   itself and its jurisdiction's other forms. Each is fetched, and the files
 *   its HTML names plus everything those chunks import (the chunk graph is
 *   written in at build time; dynamic imports too, so code loaded on first use
 *   — print view, Excel, import, draft upgrades — is there offline).
 * - Hashed assets under /_astro/ never change: cache first.
 * - Pages and data: network first, so a connected PC always sees the current
 *   rules; the copy kept from the last visit answers when the network fails.
 *
 * Only this origin's GET requests are touched; nothing is sent anywhere.
 */
import { assetClosure, assetsNamedIn, type AssetGraph } from './asset-graph.ts';


interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Response | Promise<Response>): void;
}
interface MessagePortLike {
  postMessage(message: unknown): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
  ports: readonly MessagePortLike[];
}
interface ServiceWorkerScope {
  location: Location;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
}

declare const __BAOXUE_OFFLINE_VERSION__: string;
declare const __BAOXUE_OFFLINE_SHELL__: string[];
declare const __BAOXUE_OFFLINE_GRAPH__: AssetGraph;

const sw = globalThis as unknown as ServiceWorkerScope;
const prefix = 'baoxue-offline-';
const cacheName = prefix + __BAOXUE_OFFLINE_VERSION__;

sw.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(cacheName)
      .then((cache) => cache.addAll(__BAOXUE_OFFLINE_SHELL__))
      .then(() => sw.skipWaiting()),
  );
});

sw.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(prefix) && n !== cacheName).map((n) => caches.delete(n))))
      .then(() => sw.clients.claim()),
  );
});

/**
 * Fetch and keep the pages a page asked for and every asset they need;
 * answers on the message's port with how many pages are kept.
 */
sw.addEventListener('message', (event) => {
  const data = event.data as { type?: string; urls?: unknown } | null;
  if (data?.type !== 'keep' || !Array.isArray(data.urls)) return;
  const urls = data.urls.filter((u): u is string => typeof u === 'string' && u.startsWith('/') && !u.startsWith('//'));
  event.waitUntil(
    caches.open(cacheName).then(async (cache) => {
      const named = new Set<string>();
      const results = await Promise.allSettled(
        urls.map(async (url) => {
          const response = await fetch(url, { credentials: 'same-origin' });
          if (!response.ok) throw new Error(String(response.status));
          if ((response.headers.get('content-type') ?? '').includes('html')) {
            for (const asset of assetsNamedIn(await response.clone().text())) named.add(asset);
          }
          await cache.put(url, response);
        }),
      );
      const assets = await Promise.allSettled(
        assetClosure(__BAOXUE_OFFLINE_GRAPH__, named).map(async (asset) => {
          if (await cache.match(asset, { ignoreVary: true })) return;
          await cache.add(asset);
        }),
      );
      // A page whose code could not be kept would not open offline: it does not count as kept.
      const assetsOk = assets.every((r) => r.status === 'fulfilled');
      const kept = assetsOk ? results.filter((r) => r.status === 'fulfilled').length : 0;
      event.ports[0]?.postMessage({ type: 'kept', kept, total: urls.length });
    }),
  );
});

// Servers often answer `Vary: Origin`, and module scripts are fetched with an Origin header that
// the install-time copies were not: the same URL is the same file here, so headers are not compared.
async function cacheFirst(request: Request): Promise<Response> {
  const hit = await caches.match(request, { ignoreVary: true });
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    const cache = await caches.open(cacheName);
    await cache.put(request, response.clone());
  }
  return response;
}

async function networkFirst(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    if (response.ok) {
      const cache = await caches.open(cacheName);
      await cache.put(request, response.clone());
    }
    return response;
  } catch (error) {
    // The search page reads its query from the address: any kept copy of the page will do.
    const hit = await caches.match(request, { ignoreSearch: request.mode === 'navigate', ignoreVary: true });
    if (hit) return hit;
    if (request.mode === 'navigate') return offlinePage();
    throw error;
  }
}

function offlinePage(): Response {
  const html =
    '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>当前离线 · 保学</title><body style="font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.7">' +
    '<h1>当前没有网络连接</h1><p>这个页面还没有保存到本机，联网后才能打开。</p>' +
    '<p>在这台电脑上联网打开过的表单页（以及同一辖区的其他表单页）断网时仍能使用，已填写的草稿也都还在。</p>' +
    '<p><a href="/">返回首页</a></p></body></html>';
  return new Response(html, { status: 503, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

sw.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== sw.location.origin) return;
  event.respondWith(url.pathname.startsWith('/_astro/') ? cacheFirst(request) : networkFirst(request));
});
