/** Reminders the client owns: kinds, channels, the lock-screen text and the contract. */

/**
 * The daily check-in; homework, on the days an assignment is there for (its rhythm, or the day
 * before and the day of its due date); the afspraken from the latest "samen terugkijken", in
 * the week after it. A homework or afspraak reminder with nothing to remind about stays quiet.
 */
export const REMINDER_KINDS = ['checkin', 'homework', 'agreement'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const REMINDER_CHANNELS = ['push', 'email', 'both'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

export const DEFAULT_TIME_ZONE = 'Europe/Amsterdam';

/** ISO weekdays: 1 = Monday … 7 = Sunday. */
export const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/**
 * What happens to a reminder that was due while the server was down: sent late when it is
 * still useful (less than this late), skipped otherwise. A check-in reminder two hours late
 * is an evening reminder at bedtime; homework can wait half a day.
 */
export const REMINDER_LATE_LIMIT_MINUTES: Readonly<Record<ReminderKind, number>> = {
  checkin: 120,
  homework: 12 * 60,
  agreement: 12 * 60,
};

/** The afspraken of a review are "the plan for the coming week": reminded for this many days. */
export const AGREEMENT_REMINDER_DAYS = 7;

/** After this many failed pushes in a row a device is shown to the client as "werkt niet". */
export const DEVICE_FAILING_AFTER = 3;

/** The lock-screen text when the client has not chosen to show what the reminder is about. */
export const LOCK_SCREEN_TITLE = 'Oefenruimte';
export const LOCK_SCREEN_BODY = 'Je hebt een herinnering';

/** With "show what it is about" on: still no names, no numbers, nothing counted. */
export const DETAILED_BODY: Readonly<Record<ReminderKind, string>> = {
  checkin: 'Als je wilt: even stilstaan bij hoe het vandaag gaat.',
  homework: 'Als je wilt: er staat een oefening voor je klaar.',
  agreement: 'Als je wilt: even terugdenken aan wat jullie samen afspraken.',
};

/** "09:30" ↔ minutes after midnight. */
export function minutesToTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function timeToMinutes(time: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Whether a local time (minutes after midnight) falls in quiet hours; they may span midnight. */
export function inQuietHours(minute: number, start: number | null, end: number | null): boolean {
  if (start === null || end === null || start === end) return false;
  return start < end ? minute >= start && minute < end : minute >= start || minute < end;
}

export interface Reminder {
  readonly kind: ReminderKind;
  readonly enabled: boolean;
  readonly channel: ReminderChannel;
  /** "20:00", in the client's time zone. */
  readonly time: string;
  readonly days: readonly number[];
  /** When it goes next (ISO), or null when off or paused. */
  readonly nextAt: string | null;
}

/**
 * A reminder the therapist suggested with an assignment. It does nothing until the client
 * accepts it (then the homework reminder goes at this time on these days); declining is fine.
 */
export interface ReminderSuggestion {
  readonly id: string;
  readonly assignmentId: string;
  readonly moduleTitle: string;
  readonly therapistName: string | null;
  readonly time: string;
  readonly days: readonly number[];
  readonly createdAt: string;
}

/** What a therapist may add when assigning: a suggested homework reminder. */
export interface ReminderSuggestionInput {
  readonly time: string;
  readonly days: readonly number[];
}

export interface AcceptReminderSuggestionRequest {
  readonly channel: ReminderChannel;
}

export interface ReminderSettings {
  /** "Even niets": nothing is sent while on. */
  readonly paused: boolean;
  readonly timeZone: string;
  /** Quiet hours "22:00"–"07:00", or both null. */
  readonly quietStart: string | null;
  readonly quietEnd: string | null;
  /** Show on the lock screen what the reminder is about (never names or numbers). Off by default. */
  readonly showDetails: boolean;
  readonly reminders: readonly Reminder[];
  /** Suggestions from the therapist still waiting for a yes or no. */
  readonly suggestions: readonly ReminderSuggestion[];
}

export interface ReminderInput {
  readonly kind: ReminderKind;
  readonly enabled: boolean;
  readonly channel: ReminderChannel;
  readonly time: string;
  readonly days: readonly number[];
}

export interface UpdateReminderSettingsRequest {
  readonly paused: boolean;
  readonly timeZone: string;
  readonly quietStart: string | null;
  readonly quietEnd: string | null;
  readonly showDetails: boolean;
  readonly reminders: readonly ReminderInput[];
}

export interface PushSubscriptionInput {
  readonly endpoint: string;
  readonly keys: { readonly p256dh: string; readonly auth: string };
  /** A name the client recognises ("telefoon"); from the browser when left out. */
  readonly label?: string;
}

export interface PushDevice {
  readonly id: string;
  readonly label: string;
  readonly createdAt: string;
  readonly lastSuccessAt: string | null;
  readonly lastFailureAt: string | null;
  /** Failed pushes in a row; `failing` from DEVICE_FAILING_AFTER on. */
  readonly failures: number;
  readonly failing: boolean;
}

export type DeliveryOutcome = 'sent' | 'failed' | 'retrying' | 'removed';

export interface DeliveryRecord {
  readonly at: string;
  readonly kind: ReminderKind | 'test';
  readonly channel: 'push' | 'email';
  readonly deviceId: string | null;
  readonly deviceLabel: string | null;
  readonly outcome: DeliveryOutcome;
}

export interface DeliveryHistory {
  readonly devices: readonly PushDevice[];
  readonly lastSentAt: string | null;
  readonly items: readonly DeliveryRecord[];
}
