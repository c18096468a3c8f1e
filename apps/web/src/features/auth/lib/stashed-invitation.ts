export const INVITATION_CODE_KEY = 'oefenruimte.invitationCode';
const KEY = INVITATION_CODE_KEY;

/**
 * An invitation code kept for this tab only, while its owner logs in first (their e-mail
 * address already has an account). Not in the URL: a query string ends up in server logs.
 */
export const stashedInvitation = {
  read: (): string | null => safe(() => window.sessionStorage.getItem(KEY)),
  save: (code: string): void => void safe(() => window.sessionStorage.setItem(KEY, code)),
  clear: (): void => void safe(() => window.sessionStorage.removeItem(KEY)),
};

function safe<T>(action: () => T): T | null {
  try {
    return action();
  } catch {
    return null; // storage can be off (private mode); the person then types the code again
  }
}
