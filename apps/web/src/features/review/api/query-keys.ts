/**
 * The review cache keys. They keep the check-ins' prefix: a review shows check-ins, so a
 * check-in write that refreshes `['checkins', …]` refreshes the review too.
 */
export const reviewKeys = {
  myReviews: ['checkins', 'me', 'reviews'] as const,
  reviewBundle: (clientId: string) => ['checkins', 'client', clientId, 'bundle'] as const,
  clientReviews: (clientId: string) => ['checkins', 'client', clientId, 'reviews'] as const,
};
