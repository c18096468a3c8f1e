import type {
  AssignQuestionnaireRequest,
  ClientQuestionnaires,
  ImportedQuestionnaire,
  MyQuestionnaire,
  MyQuestionnaireDetail,
  QuestionnaireAssignment,
  QuestionnaireResult,
  SaveQuestionnaireDraftRequest,
  SubmitQuestionnaireRequest,
} from '@oefenruimte/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';

/** Cache keys: the practice's library, a client's page (therapist), and the client's own. */
export const questionnaireKeys = {
  library: ['questionnaires', 'library'] as const,
  ofClient: (clientId: string) => ['questionnaires', 'client', clientId] as const,
  mine: ['questionnaires', 'mine'] as const,
  one: (assignmentId: string) => ['questionnaires', 'mine', assignmentId] as const,
  results: ['questionnaires', 'mine', 'results'] as const,
};

const id = (value: string) => encodeURIComponent(value);

export function useLibrary() {
  return useQuery({
    queryKey: questionnaireKeys.library,
    queryFn: () => api<ImportedQuestionnaire[]>('/questionnaires'),
  });
}

export function useImportQuestionnaire() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (questionnaire: unknown) =>
      api<ImportedQuestionnaire>('/questionnaires', { method: 'POST', body: { questionnaire } }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: questionnaireKeys.library }),
  });
}

export function useClientQuestionnaires(clientId: string) {
  return useQuery({
    queryKey: questionnaireKeys.ofClient(clientId),
    queryFn: () => api<ClientQuestionnaires>(`/clients/${id(clientId)}/questionnaires`),
  });
}

/** Stops an assignment: nothing more is asked of the client; what they sent stays. */
export function useStopQuestionnaire(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (assignmentId: string) =>
      api<QuestionnaireAssignment>(
        `/clients/${id(clientId)}/questionnaires/${id(assignmentId)}/stop`,
        { method: 'POST' },
      ),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: questionnaireKeys.ofClient(clientId) }),
  });
}

export function useAssignQuestionnaire(clientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AssignQuestionnaireRequest) =>
      api<QuestionnaireAssignment>(`/clients/${id(clientId)}/questionnaires`, {
        method: 'POST',
        body,
      }),
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: questionnaireKeys.ofClient(clientId) }),
  });
}

export function useMyQuestionnaires() {
  return useQuery({
    queryKey: questionnaireKeys.mine,
    queryFn: () => api<MyQuestionnaire[]>('/me/questionnaires'),
  });
}

export function useMyQuestionnaire(assignmentId: string) {
  return useQuery({
    queryKey: questionnaireKeys.one(assignmentId),
    queryFn: () => api<MyQuestionnaireDetail>(`/me/questionnaires/${id(assignmentId)}`),
    // The draft is resumed from what the server holds when the screen opens (never from an
    // older cached copy), and not refetched under the client's fingers.
    gcTime: 0,
    refetchOnWindowFocus: false,
  });
}

export function useMyResults() {
  return useQuery({
    queryKey: questionnaireKeys.results,
    queryFn: () => api<QuestionnaireResult[]>('/me/questionnaire-results'),
  });
}

export function useSaveDraft(assignmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveQuestionnaireDraftRequest) =>
      api<QuestionnaireResult>(`/me/questionnaires/${id(assignmentId)}/draft`, {
        method: 'PUT',
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
      api<QuestionnaireResult>(`/me/questionnaires/${id(assignmentId)}/submit`, {
        method: 'POST',
        body,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: questionnaireKeys.mine }),
  });
}

export function useShareResult() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ resultId, shared }: { resultId: string; shared: boolean }) =>
      api<QuestionnaireResult>(`/me/questionnaire-results/${id(resultId)}/sharing`, {
        method: 'PUT',
        body: { shared },
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: questionnaireKeys.results }),
  });
}
