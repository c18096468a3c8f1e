import type { Checkin } from '@oefenruimte/shared';

export const CHECKIN_COLUMNS = `c.id, to_char(c.day, 'YYYY-MM-DD') AS day, c.tension, c.mood, c.energy, c.sleep, c."window",
  c.body_signals, c.note, c.items, c.safety_concern, c.danger, c.shared, c.discuss, c.created_at, c.updated_at, c.version`;

export interface CheckinRow {
  id: string;
  day: string;
  tension: number | null;
  mood: number | null;
  energy: number | null;
  sleep: number | null;
  window: Checkin['window'];
  body_signals: Checkin['bodySignals'];
  note: string | null;
  items: Checkin['items'];
  safety_concern: boolean | null;
  danger: boolean;
  shared: boolean;
  discuss: boolean;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export function toCheckin(row: CheckinRow): Checkin {
  return {
    id: row.id,
    day: row.day,
    tension: row.tension,
    mood: row.mood,
    energy: row.energy,
    sleep: row.sleep,
    window: row.window,
    bodySignals: row.body_signals,
    note: row.note,
    items: row.items,
    safetyConcern: row.safety_concern,
    danger: row.danger,
    shared: row.shared,
    discuss: row.discuss,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    version: row.version,
  };
}

/** A check-in signals danger: the safety question answered yes, or tension at the top of the scale. */
export function signalsDanger(input: {
  safetyConcern?: boolean | null;
  tension?: number | null;
}): boolean {
  return input.safetyConcern === true || input.tension === 10;
}

/** Built once: making a formatter costs far more than formatting with it (it is on every submit). */
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** Today in the Netherlands (yyyy-mm-dd): a check-in may be about today or earlier, not later. */
export function todayInAmsterdam(now = new Date()): string {
  return AMSTERDAM_DAY.format(now);
}
