import { OUTBOX_CHANGED } from './checkin-outbox';

/**
 * Exercises the client sent ("versturen") without a connection, kept on this device per account
 * (localStorage, so they survive closing the app) until the server has them. The answers wait
 * beside them in the draft's own store (unsent-store.ts) and go first; the submit keeps its
 * idempotency key, and a response the server already has counts as sent, so it arrives once.
 */
export interface QueuedHomework {
  readonly assignmentId: string;
  readonly responseId: string;
  /** The exercise's title, for the message when it cannot go. */
  readonly title: string;
  readonly share: readonly string[];
  readonly discuss: readonly string[];
  readonly idempotencyKey: string;
}

/** gone: the exercise is no longer there · needsYou: changed elsewhere too, or refused answers · refused: any other refusal. */
export type HomeworkRefusal = 'gone' | 'needsYou' | 'refused';

/** A send that can never go as it is: shown to the client until they close it. */
export interface RefusedHomework {
  readonly assignmentId: string;
  readonly responseId: string;
  readonly title: string;
  readonly reason: HomeworkRefusal;
}

interface Stored {
  readonly waiting: QueuedHomework[];
  readonly refused: RefusedHomework[];
}

export const HOMEWORK_OUTBOX_PREFIX = 'oefenruimte.outbox.homework.';
/** Where an account's outbox is kept (also for the logout, which needs no more of this file). */
export const homeworkOutboxKey = (accountId: string) => `${HOMEWORK_OUTBOX_PREFIX}${accountId}`;
const storageKey = homeworkOutboxKey;

const isQueued = (item: unknown): item is QueuedHomework =>
  typeof (item as QueuedHomework)?.responseId === 'string' &&
  typeof (item as QueuedHomework).assignmentId === 'string' &&
  typeof (item as QueuedHomework).idempotencyKey === 'string' &&
  Array.isArray((item as QueuedHomework).share) &&
  Array.isArray((item as QueuedHomework).discuss);

const isRefused = (item: unknown): item is RefusedHomework =>
  typeof (item as RefusedHomework)?.responseId === 'string' &&
  typeof (item as RefusedHomework).reason === 'string';

function readStored(accountId: string): Stored {
  try {
    const raw = localStorage.getItem(storageKey(accountId));
    const parsed = (raw ? JSON.parse(raw) : {}) as Partial<Record<keyof Stored, unknown>>;
    return {
      waiting: Array.isArray(parsed?.waiting) ? parsed.waiting.filter(isQueued) : [],
      refused: Array.isArray(parsed?.refused) ? parsed.refused.filter(isRefused) : [],
    };
  } catch {
    return { waiting: [], refused: [] };
  }
}

function writeStored(accountId: string, stored: Stored): void {
  try {
    if (stored.waiting.length === 0 && stored.refused.length === 0)
      localStorage.removeItem(storageKey(accountId));
    else localStorage.setItem(storageKey(accountId), JSON.stringify(stored));
  } catch {
    // A full or blocked storage: the review screen keeps waiting, as it did before the outbox.
  }
  window.dispatchEvent(new Event(OUTBOX_CHANGED));
}

export function readHomeworkOutbox(accountId: string): QueuedHomework[] {
  return readStored(accountId).waiting;
}

export function readRefusedHomework(accountId: string): RefusedHomework[] {
  return readStored(accountId).refused;
}

/** One send per response: pressing "versturen" again replaces the choices kept before. */
export function enqueueHomework(accountId: string, item: QueuedHomework): void {
  const { waiting, refused } = readStored(accountId);
  writeStored(accountId, {
    waiting: [...waiting.filter((i) => i.responseId !== item.responseId), item],
    refused: refused.filter((i) => i.responseId !== item.responseId),
  });
}

export function dismissRefusedHomework(accountId: string, responseId: string): void {
  const { waiting, refused } = readStored(accountId);
  writeStored(accountId, { waiting, refused: refused.filter((i) => i.responseId !== responseId) });
}

/** It went (no refusal), or can never go as it is: out of the queue, a refusal to the list. */
export function settleQueuedHomework(
  accountId: string,
  item: QueuedHomework,
  refusal?: HomeworkRefusal,
): void {
  const { waiting, refused } = readStored(accountId);
  const others = refused.filter((i) => i.responseId !== item.responseId);
  const { assignmentId, responseId, title } = item;
  writeStored(accountId, {
    waiting: waiting.filter((i) => i.responseId !== item.responseId),
    refused: refusal ? [...others, { assignmentId, responseId, title, reason: refusal }] : refused,
  });
}

/** At logout: what this account kept on the device goes with it. */
export function clearHomeworkOutbox(accountId: string): void {
  writeStored(accountId, { waiting: [], refused: [] });
}
