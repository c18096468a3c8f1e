import { STRESS_CHECK_PROFILE } from '../demo/stress-check';
import type { ScoringProfile } from '../scoring-profile';
import { GAD7_PROFILE } from './gad-7';
import { ITQ_PROFILE } from './itq';
import { PCL5_PROFILE } from './pcl-5';
import { PHQ9_PROFILE } from './phq-9';
import { WHO5_PROFILE } from './who-5';

export { GAD7_PROFILE, ITQ_PROFILE, PCL5_PROFILE, PHQ9_PROFILE, WHO5_PROFILE };

/** Every profile an import can be matched to: the five free instruments and our demo. */
export const SCORING_PROFILES: readonly ScoringProfile[] = [
  PHQ9_PROFILE,
  GAD7_PROFILE,
  PCL5_PROFILE,
  ITQ_PROFILE,
  WHO5_PROFILE,
  STRESS_CHECK_PROFILE,
];
