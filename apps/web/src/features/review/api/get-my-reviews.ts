import { useQuery } from '@tanstack/react-query';
import { apiCall } from '../../../lib/api/api-client';
import { reviewKeys } from './query-keys';

/** The client's reviews, newest first; the first one's agreements are this week's plan. */
export function useMyReviews() {
  return useQuery({ queryKey: reviewKeys.myReviews, queryFn: () => apiCall('GET /me/reviews') });
}
