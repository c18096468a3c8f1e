import { useCallback, useState } from 'react';
import {
  type CheckinDraft,
  clearDraft,
  readDraft,
  startDraft,
  writeDraft,
} from '../../lib/checkin-draft-store';
import { type CheckinValues, emptyValues } from '../../lib/checkin-values';

/**
 * The form's state, mirrored into sessionStorage on every change with the idempotency key that
 * was made once for this check-in: a reload or a lost connection keeps both.
 */
export function useCheckinDraft(today: string) {
  const [initial] = useState(() => {
    const stored = readDraft();
    return { draft: stored ?? startDraft(emptyValues(today)), restored: stored !== null };
  });
  const [draft, setDraft] = useState<CheckinDraft>(initial.draft);
  const [restored, setRestored] = useState(initial.restored);

  const set = useCallback(<K extends keyof CheckinValues>(key: K, value: CheckinValues[K]) => {
    setDraft((current) => {
      const next = { ...current, values: { ...current.values, [key]: value } };
      writeDraft(next);
      return next;
    });
  }, []);

  const reset = useCallback(() => {
    clearDraft();
    setDraft(startDraft(emptyValues(today)));
    setRestored(false);
  }, [today]);

  return { draft, values: draft.values, set, reset, restored };
}
