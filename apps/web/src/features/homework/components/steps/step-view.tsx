import type { ModuleStep, StepAnswer, StoredStepAnswer } from '@oefenruimte/shared';
import { ChecklistStep } from './checklist-step';
import { ChoiceStep } from './choice-step';
import { ExplanationStep } from './explanation-step';
import { GuidedPracticeStep } from './guided-practice-step';
import { ReflectionStep } from './reflection-step';
import { RepeatingListStep } from './repeating-list-step';
import { ScaleStep } from './scale-step';
import { SelfTestStep } from './self-test-step';

interface StepViewProps {
  readonly step: ModuleStep;
  readonly answer: StoredStepAnswer;
  readonly onChange: (answer: StepAnswer | null) => void;
}

/**
 * One step as the client sees it. The library preview and the player both use this, so a
 * therapist previews exactly what the client will get.
 */
export function StepView({ step, answer, onChange }: StepViewProps) {
  // Each renderer trusts its own answer shape: answers are checked by the step's schema on save.
  const props = { answer: answer as never, onChange: onChange as never };
  switch (step.kind) {
    case 'explanation':
      return <ExplanationStep step={step} />;
    case 'reflection':
      return <ReflectionStep step={step} {...props} />;
    case 'scale':
      return <ScaleStep step={step} {...props} />;
    case 'choice':
      return <ChoiceStep step={step} {...props} />;
    case 'checklist':
      return <ChecklistStep step={step} {...props} />;
    case 'self-test':
      return <SelfTestStep step={step} {...props} />;
    case 'repeating-list':
      return <RepeatingListStep step={step} {...props} />;
    case 'guided-practice':
      return <GuidedPracticeStep step={step} {...props} />;
  }
}
