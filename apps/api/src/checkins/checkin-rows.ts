import type { Checkin } from '@oefenruimte/shared';

/**
 * A check-in's database shape, stated once: every field the API gives, with the column it is
 * stored in. The select list, the row type, the mapper and the INSERT/UPDATE column lists are
 * derived from it; a new field of `Checkin` does not compile until it is named here.
 */
export const CHECKIN_COLUMN = {
  id: 'id',
  day: 'day',
  tension: 'tension',
  mood: 'mood',
  energy: 'energy',
  sleep: 'sleep',
  window: 'window',
  bodySignals: 'body_signals',
  note: 'note',
  items: 'items',
  safetyConcern: 'safety_concern',
  danger: 'danger',
  shared: 'shared',
  discuss: 'discuss',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  version: 'version',
} as const satisfies { readonly [K in keyof Checkin]-?: string };

type CheckinField = keyof typeof CHECKIN_COLUMN;
const FIELDS = Object.keys(CHECKIN_COLUMN) as CheckinField[];

/** Fields a client writes (with `danger`, which the API computes); the rest the database keeps. */
export const CHECKIN_WRITABLE = [
  'day',
  'tension',
  'mood',
  'energy',
  'sleep',
  'window',
  'bodySignals',
  'note',
  'items',
  'safetyConcern',
  'danger',
  'shared',
  'discuss',
] as const satisfies readonly CheckinField[];

export type CheckinWrite = { -readonly [K in (typeof CHECKIN_WRITABLE)[number]]: Checkin[K] };

/** A moment as the API gives it (what `Date#toISOString` makes), formatted by the database. */
const ISO_MOMENT = (column: string) =>
  `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * How a column is read when it is not read as stored. Moments come as the API's strings: a
 * year of check-ins is 730 of them, and parsing each into a Date only to print it again was a
 * fifth of the time the API spent on such a list.
 */
const READ_AS: Partial<Record<CheckinField, string>> = {
  day: "to_char(c.day, 'YYYY-MM-DD')",
  createdAt: ISO_MOMENT('c.created_at'),
  updatedAt: ISO_MOMENT('c.updated_at'),
};

/** A select list of these fields (table alias `c`), each column named after its API field. */
export function checkinColumnsOf(fields: readonly CheckinField[]): string {
  return fields
    .map((field) => `${READ_AS[field] ?? `c."${CHECKIN_COLUMN[field]}"`} AS "${field}"`)
    .join(', ');
}

/** The select list of every field. */
export const CHECKIN_COLUMNS = checkinColumnsOf(FIELDS);

/** A row as selected with `CHECKIN_COLUMNS`: the API's fields, as the API gives them. */
export type CheckinRow = Checkin;

/** Only the check-in's own fields: a query may select more (a seen mark, a submit hash). */
export function toCheckin(row: CheckinRow): Checkin {
  // A plain loop: one shape for every row, twice as fast as building it from entries.
  const checkin: Partial<Record<CheckinField, unknown>> = {};
  for (const field of FIELDS) checkin[field] = row[field];
  return checkin as Checkin;
}

/** The written columns, quoted, in `CHECKIN_WRITABLE` order. */
export const CHECKIN_WRITE_COLUMNS = CHECKIN_WRITABLE.map((field) => `"${CHECKIN_COLUMN[field]}"`);

/** The written values in the same order as `CHECKIN_WRITE_COLUMNS`. */
export function checkinWriteValues(fields: CheckinWrite): unknown[] {
  return CHECKIN_WRITABLE.map((field) => fields[field]);
}

/** Built once: making a formatter costs far more than formatting with it (it is on every submit). */
const AMSTERDAM_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' });

/** Today in the Netherlands (yyyy-mm-dd): a check-in may be about today or earlier, not later. */
export function todayInAmsterdam(now = new Date()): string {
  return AMSTERDAM_DAY.format(now);
}
