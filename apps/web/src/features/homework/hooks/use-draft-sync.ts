import type { ClientResponse } from '@oefenruimte/shared';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { saveDraft } from '../api/save-draft';
import { DraftSync } from '../utils/draft-sync';
import type { DraftSyncState } from '../utils/draft-sync-state';

/**
 * One autosave engine per draft for the life of the page: leaving the exercise (pausing) does
 * not stop unsent answers from being sent once the connection is back.
 */
const engines = new Map<string, DraftSync>();

export function draftSyncFor(response: ClientResponse): DraftSync {
  const existing = engines.get(response.id);
  if (existing) return existing;
  const engine = new DraftSync(response, { save: saveDraft });
  engines.set(response.id, engine);
  return engine;
}

/** After submitting: nothing of this draft is waiting any more. */
export function releaseDraftSync(responseId: string): void {
  engines.get(responseId)?.dispose(true);
  engines.delete(responseId);
}

export function useDraftSync(response: ClientResponse): {
  engine: DraftSync;
  state: DraftSyncState;
} {
  // The player is keyed by the response id, so one engine belongs to one mounted player.
  const [engine] = useState(() => draftSyncFor(response));
  useEffect(() => engine.adoptServer(response), [engine, response]);
  const state = useSyncExternalStore(engine.subscribe, engine.getState);
  return { engine, state };
}
