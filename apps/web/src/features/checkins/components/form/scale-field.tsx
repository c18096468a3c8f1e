import { CHECKIN_SCALE } from '@oefenruimte/shared';
import { ScaleSlider } from '../../../../components/scale-slider/scale-slider';

interface ScaleFieldProps {
  readonly label: string;
  readonly minLabel: string;
  readonly maxLabel: string;
  readonly value: number | null;
  readonly onChange: (value: number | null) => void;
}

/** A check-in question on the 0–10 scale; untouched, the thumb rests in the middle. */
export function ScaleField(props: ScaleFieldProps) {
  return <ScaleSlider {...props} min={CHECKIN_SCALE.min} max={CHECKIN_SCALE.max} restAt={5} />;
}
