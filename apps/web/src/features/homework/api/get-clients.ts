import type { ClientSummary, Page } from '@oefenruimte/shared';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

/** The therapist's current clients, for choosing whom to assign a module to (all pages). */
export async function getClients(): Promise<ClientSummary[]> {
  const all: ClientSummary[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 20; page += 1) {
    const query: string = cursor ? `?cursor=${encodeURIComponent(cursor)}` : '';
    const result: Page<ClientSummary> = await api<Page<ClientSummary>>(`/clients${query}`);
    all.push(...result.items);
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return all.filter((client) => client.until === null);
}

export function useClients(enabled = true) {
  return useQuery({ queryKey: homeworkKeys.clients, queryFn: getClients, enabled });
}
