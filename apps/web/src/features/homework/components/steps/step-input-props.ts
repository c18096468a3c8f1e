import type { StepAnswer, StepKind, StepOfKind, StoredStepAnswer } from '@oefenruimte/shared';

/** What every step renderer gets: its step, its answer (or nothing yet) and a way to change it. */
export interface StepInputProps<K extends StepKind> {
  readonly step: StepOfKind<K>;
  readonly answer: StoredStepAnswer<K>;
  readonly onChange: (answer: StepAnswer<K> | null) => void;
}
