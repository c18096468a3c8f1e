/**
 * A new version of the app that is ready but waits: the service worker registration (lazy,
 * ./register) puts the way to switch here, the prompt (./update-prompt) offers it. Nothing
 * reloads unless the person presses the button.
 */
type Listener = () => void;

let applyUpdate: (() => void) | null = null;
const listeners = new Set<Listener>();

export const updateStore = {
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): (() => void) | null => applyUpdate,
  offer(apply: () => void): void {
    applyUpdate = apply;
    for (const listener of listeners) listener();
  },
};
