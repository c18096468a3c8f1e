import type { ClientResponse, SaveDraftRequest } from '@oefenruimte/shared';
import { apiCall } from '../../../lib/api/api-client';

/** Autosave: only changed steps, on the version they were made on (409 when stale). */
export function saveDraft(responseId: string, body: SaveDraftRequest): Promise<ClientResponse> {
  return apiCall('PATCH /me/responses/:responseId', { params: { responseId }, body });
}
