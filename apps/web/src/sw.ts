/// <reference lib="webworker" />
// The service worker: the app shell precached (the client app opens without a connection),
// client routes answered with index.html, the few API answers of ./pwa/offline-api kept for
// offline use, and reminders shown as notifications.
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { clientsClaim } from 'workbox-core';
import {
  cleanupOutdatedCaches,
  createHandlerBoundToURL,
  precacheAndRoute,
} from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { OFFLINE_API_CACHE, OFFLINE_API_PATHS } from './pwa/offline-api';
import { notificationFrom, sameOriginUrl } from './pwa/push-payload';

declare const self: ServiceWorkerGlobalScope;

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
// The first install serves the open page at once; a later one only after the person chose to
// reload (it waits until then, see the SKIP_WAITING message below).
clientsClaim();

// Client routes (/mijn/check-in, …) are index.html; the API is never answered from the shell.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//] }),
);

// Network first: online, the answer is always fresh; offline, the last one of this device.
registerRoute(
  ({ url, request }) =>
    request.method === 'GET' &&
    url.origin === self.location.origin &&
    OFFLINE_API_PATHS.includes(url.pathname),
  new NetworkFirst({
    cacheName: OFFLINE_API_CACHE,
    networkTimeoutSeconds: 5,
    plugins: [new CacheableResponsePlugin({ statuses: [200] })],
  }),
);

// A new version waits until the person chooses to reload (the app asks; see ./pwa/update-store).
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('push', (event) => {
  const { title, options } = notificationFrom(readJson(event.data), self.location.origin);
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const target = sameOriginUrl(
    (event.notification.data as { url?: unknown } | null)?.url,
    self.location.origin,
  );
  event.waitUntil(openOrFocus(target));
});

async function openOrFocus(target: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = windows.find((client) => new URL(client.url).origin === self.location.origin);
  if (open) {
    await open.focus();
    if (open.url !== target) await open.navigate(target).catch(() => null);
    return;
  }
  await self.clients.openWindow(target);
}

function readJson(data: PushMessageData | null): unknown {
  try {
    return data?.json();
  } catch {
    return data?.text();
  }
}
