import type { Questionnaire } from './fhir';
import type { ScoringProfile } from './scoring-profile';

/** The profile for a Questionnaire: by canonical url (any `|version` ignored) or by a code. */
export function matchProfile(
  questionnaire: Pick<Questionnaire, 'url' | 'code'>,
  profiles: readonly ScoringProfile[],
): ScoringProfile | undefined {
  const url = typeof questionnaire.url === 'string' ? questionnaire.url.split('|')[0] : undefined;
  const codes = Array.isArray(questionnaire.code) ? questionnaire.code : [];
  return profiles.find(
    (profile) =>
      (url !== undefined && profile.canonicals.includes(url)) ||
      codes.some((c) => profile.codes.some((p) => p.system === c.system && p.code === c.code)),
  );
}
