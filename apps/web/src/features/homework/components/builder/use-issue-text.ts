import { useTranslation } from 'react-i18next';
import type { BuilderIssue } from '../../utils/content-issues';

/** A builder problem in the therapist's language. */
export function useIssueText(): (issue: BuilderIssue) => string {
  const { t } = useTranslation('homework');
  return (issue) =>
    issue.code === 'generic' || issue.code === 'richText'
      ? t(`builder.errors.${issue.code}`, { raw: issue.raw })
      : t(`builder.errors.${issue.code}`, issue.values);
}
