import type {
  AssignQuestionnaireRequest,
  SaveQuestionnaireDraftRequest,
  SubmitQuestionnaireRequest,
} from '@oefenruimte/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';

/** Cache keys: the practice's library, a client's page (therapist), and the client's own. */
export const questionnaireKeys = {
  library: ['questionnaires', 'library'] as const,
  ofClient: (clientId: string) => ['questionnaires', 'client', clientId] as const,
  mine: ['questionnaires', 'mine'] as const,
  one: (assignmentId: string) => ['questionnaires', 'mine', assignmentId] as const,
  results: ['questionnaires', 'mine', 'results'] as const,
};

export function useLibrary() {
  return useQuery({
    queryKey: questionnaireKeys.library,
    queryFn: () => apiCall('GET /questionnaires'),
  });
}

export function useImportQuestionnaire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (questionnaire: unknown) =>
      apiCall('POST /questionnaires', { body: { questionnaire } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: questionnaireKeys.library }),
  });
}

export function useClientQuestionnaires(clientId: string) {
  return useQuery({
    queryKey: questionnaireKeys.ofClient(clientId),
    queryFn: () => apiCall('GET /clients/:clientId/questionnaires', { params: { clientId } }),
  });
}

/** Stops an assignment: nothing more is asked of the client; what they sent stays. */
export function useStopQuestionnaire(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (assignmentId: string) =>
      apiCall('POST /clients/:clientId/questionnaires/:questionnaireAssignmentId/stop', {
        params: { clientId, questionnaireAssignmentId: assignmentId },
      }),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: questionnaireKeys.ofClient(clientId) }),
  });
}

export function useAssignQuestionnaire(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignQuestionnaireRequest) =>
      apiCall('POST /clients/:clientId/questionnaires', { params: { clientId }, body }),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: questionnaireKeys.ofClient(clientId) }),
  });
}

export function useMyQuestionnaires() {
  return useQuery({
    queryKey: questionnaireKeys.mine,
    queryFn: () => apiCall('GET /me/questionnaires'),
  });
}

export function useMyQuestionnaire(assignmentId: string) {
  return useQuery({
    queryKey: questionnaireKeys.one(assignmentId),
    queryFn: () =>
      apiCall('GET /me/questionnaires/:questionnaireAssignmentId', {
        params: { questionnaireAssignmentId: assignmentId },
      }),
    // The draft is resumed from what the server holds when the screen opens (never from an
    // older cached copy), and not refetched under the client's fingers.
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useMyResults() {
  return useQuery({
    queryKey: questionnaireKeys.results,
    queryFn: () => apiCall('GET /me/questionnaire-results'),
  });
}

export function useSaveDraft(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveQuestionnaireDraftRequest) =>
      apiCall('PUT /me/questionnaires/:questionnaireAssignmentId/draft', {
        params: { questionnaireAssignmentId: assignmentId },
        body,
      }),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: questionnaireKeys.mine, exact: true }),
  });
}

export function useSubmitQuestionnaire(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SubmitQuestionnaireRequest) =>
      apiCall('POST /me/questionnaires/:questionnaireAssignmentId/submit', {
        params: { questionnaireAssignmentId: assignmentId },
        body,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: questionnaireKeys.mine }),
  });
}

export function useShareResult() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ resultId, shared }: { resultId: string; shared: boolean }) =>
      apiCall('PUT /me/questionnaire-results/:questionnaireResponseId/sharing', {
        params: { questionnaireResponseId: resultId },
        body: { shared },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: questionnaireKeys.results }),
  });
}
