import type { ClientResponse, ModuleAnswers, SaveDraftRequest } from '@oefenruimte/shared';
import type { StepConflict } from './draft-conflicts';

/**
 * saved: everything is on the server · pending: typed, waiting for a pause in typing ·
 * saving: on its way · offline / retrying: kept on this device, sent when possible ·
 * conflict: changed elsewhere too, the client chooses · closed: this draft takes no answers.
 */
export type SyncStatus =
  'saved' | 'pending' | 'saving' | 'offline' | 'retrying' | 'conflict' | 'closed';

export interface DraftSyncState {
  readonly answers: ModuleAnswers;
  readonly position: string | null;
  readonly version: number;
  readonly status: SyncStatus;
  readonly conflicts: readonly StepConflict[];
  /** Steps whose answer the server refused; they stay on this device. */
  readonly invalidSteps: readonly string[];
  readonly keptOnDevice: boolean;
  readonly unsent: boolean;
}

export interface DraftSyncOptions {
  readonly save: (responseId: string, body: SaveDraftRequest) => Promise<ClientResponse>;
  readonly storage?: Storage;
  readonly debounceMs?: number;
  readonly retryDelaysMs?: readonly number[];
  readonly isOnline?: () => boolean;
}
