/**
 * Whether the person is in the middle of writing: a form (or a field outside a form) they
 * changed and did not submit, still on the screen. The update prompt waits while this is so.
 */
const dirty = new Set<Element>();
const listeners = new Set<() => void>();

const notify = () => {
  for (const listener of listeners) listener();
};

function onInput(event: Event): void {
  const target = event.target;
  if (!(target instanceof Element)) return;
  dirty.add(target.closest('form') ?? target);
  notify();
}

function onSubmitOrReset(event: Event): void {
  if (event.target instanceof Element) dirty.delete(event.target);
  notify();
}

let started = false;
function start(): void {
  if (started) return;
  started = true;
  document.addEventListener('input', onInput, true);
  document.addEventListener('change', onInput, true);
  document.addEventListener('submit', onSubmitOrReset, true);
  document.addEventListener('reset', onSubmitOrReset, true);
  // Leaving a page takes its forms off the screen; clicks are where that happens.
  document.addEventListener('click', () => setTimeout(notify), true);
  window.addEventListener('popstate', () => setTimeout(notify));
}

export function isTyping(): boolean {
  for (const element of dirty) if (!element.isConnected) dirty.delete(element);
  return dirty.size > 0;
}

export function subscribeTyping(listener: () => void): () => void {
  start();
  listeners.add(listener);
  return () => listeners.delete(listener);
}
