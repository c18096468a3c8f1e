import { OUTBOX_CHANGED } from './checkin-outbox';

/** `changed` runs whenever this tab or another one changed an outbox. Returns the unsubscribe. */
export function subscribeOutboxChanges(changed: () => void): () => void {
  window.addEventListener(OUTBOX_CHANGED, changed);
  window.addEventListener('storage', changed);
  return () => {
    window.removeEventListener(OUTBOX_CHANGED, changed);
    window.removeEventListener('storage', changed);
  };
}

/**
 * When what waits on the device may go: the connection is back, or the app is looked at again
 * (a send that failed while the browser thought it was online gets no 'online' event); and
 * `changed` on every change of an outbox. Returns the unsubscribe.
 */
export function whenOutboxMaySend(send: () => void, changed: () => void): () => void {
  const onVisible = () => document.visibilityState === 'visible' && send();
  window.addEventListener('online', send);
  document.addEventListener('visibilitychange', onVisible);
  const unsubscribe = subscribeOutboxChanges(changed);
  return () => {
    window.removeEventListener('online', send);
    document.removeEventListener('visibilitychange', onVisible);
    unsubscribe();
  };
}
