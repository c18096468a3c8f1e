import { Workbox } from 'workbox-window';
import { updateStore } from './update-store';

/**
 * Registers the service worker (built from src/sw.ts) once the first page is painted, so it
 * never competes with the first download. A new version is offered (./update-prompt), not
 * forced: the page reloads only after the person chose it and the new worker took over.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', () => {
    updateStore.offer(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      wb.messageSkipWaiting();
    });
  });
  void wb.register().catch(() => undefined);
  // A phone app stays open for days: look for a new version when it comes back to the front.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void wb.update().catch(() => undefined);
  });
}

/** After the first paint and when the browser is idle: only then is the worker fetched. */
export function registerWhenIdle(): void {
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  const go = () => registerServiceWorker();
  const idle = (window as { requestIdleCallback?: (cb: () => void) => void }).requestIdleCallback;
  const later = () => (idle ? idle(go) : setTimeout(go, 1));
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
