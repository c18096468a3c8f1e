/**
 * What a reminder push shows. The server sends a lock-screen-safe title and body; anything
 * missing falls back to the neutral text, and the link only ever opens this app's own origin.
 */
export const FALLBACK_TITLE = 'Oefenruimte';
export const FALLBACK_BODY = 'Je hebt een herinnering';
const TEXT_MAX = 200;

export interface ShownNotification {
  readonly title: string;
  readonly options: NotificationOptions;
}

function text(value: unknown, fallback: string): string {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, TEXT_MAX) : fallback;
}

/** A same-origin absolute URL for `url`, or the app's start when it is missing or foreign. */
export function sameOriginUrl(url: unknown, origin: string): string {
  const start = `${origin}/mijn`;
  if (typeof url !== 'string' || !url) return start;
  try {
    const parsed = new URL(url, origin);
    return parsed.origin === origin ? parsed.href : start;
  } catch {
    return start;
  }
}

export function notificationFrom(payload: unknown, origin: string): ShownNotification {
  const data = payload && typeof payload === 'object' ? (payload as Record<string, unknown>) : {};
  return {
    title: text(data.title, FALLBACK_TITLE),
    options: {
      body: text(data.body, FALLBACK_BODY),
      icon: '/icons/icon-192.png',
      badge: '/icons/icon-192.png',
      lang: 'nl',
      // One reminder of a kind replaces the previous one rather than piling up.
      tag: typeof data.tag === 'string' ? data.tag.slice(0, 64) : 'oefenruimte-reminder',
      data: { url: sameOriginUrl(data.url, origin) },
    },
  };
}
