import type { AssignmentSummary } from '@oefenruimte/shared';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';

/** Assigns the module an afspraak points to, once. */
export function useAssignModule(clientId: string) {
  return useMutation({
    mutationFn: (moduleId: string) =>
      api<AssignmentSummary>(`/clients/${encodeURIComponent(clientId)}/assignments`, {
        method: 'POST',
        body: { moduleId, rhythm: 'once' },
      }),
  });
}
