import type { ClientResponse, SaveDraftRequest } from '@oefenruimte/shared';
import { api } from '../../../lib/api/api-client';

/** Autosave: only changed steps, on the version they were made on (409 when stale). */
export function saveDraft(responseId: string, body: SaveDraftRequest): Promise<ClientResponse> {
  return api<ClientResponse>(`/me/responses/${responseId}`, { method: 'PATCH', body });
}
