/**
 * Private until I share it: every share control (a check-in, each answered step of a homework
 * review, "deel alles") starts off. The one rule for every screen and for the API's defaults.
 */
export const INITIAL_SHARE_STATE = false;

/**
 * Where a share control starts. Only the client's own standing choice ("share my check-ins by
 * default", set by her in her preferences) can turn it on; nothing else does.
 */
export function initialShareState(ownStandingChoice?: boolean | null): boolean {
  return ownStandingChoice ?? INITIAL_SHARE_STATE;
}
