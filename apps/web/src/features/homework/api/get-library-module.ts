import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { homeworkKeys } from './query-keys';

export function getLibraryModule(id: string) {
  return apiCall('GET /library/modules/:moduleId', { params: { moduleId: id } });
}

export function useLibraryModule(id: string) {
  return useQuery({ queryKey: homeworkKeys.module(id), queryFn: () => getLibraryModule(id) });
}
