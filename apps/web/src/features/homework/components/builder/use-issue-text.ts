import type { BuilderIssue } from '../../utils/content-issues';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** A builder problem in the therapist's language. */
export function useIssueText(): (issue: BuilderIssue) => string {
  const { t } = useHomeworkTranslation();
  return (issue) =>
    issue.code === 'generic' || issue.code === 'richText'
      ? t(`builder.errors.${issue.code}`, { raw: issue.raw })
      : t(`builder.errors.${issue.code}`, issue.values);
}
