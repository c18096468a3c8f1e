import type { StepKind, StepOfKind } from '@oefenruimte/shared';

export interface StepEditorProps<K extends StepKind> {
  readonly step: StepOfKind<K>;
  /** Where this step sits in the module, e.g. `steps.3`, to find its problems. */
  readonly path: string;
  readonly onChange: (step: StepOfKind<K>) => void;
}
