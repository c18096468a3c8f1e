import { Alert, Anchor, List } from '@mantine/core';
import type { BuilderIssue } from '../../utils/content-issues';
import { useIssueText } from './use-issue-text';
import { useHomeworkTranslation } from '../../i18n/use-homework-translation';

/** All problems at once, each a link to its field, so nothing has to be hunted for. */
export function IssueSummary({ issues }: { issues: readonly BuilderIssue[] }) {
  const { t } = useHomeworkTranslation();
  const text = useIssueText();
  if (issues.length === 0) return null;
  const where = (path: string) => {
    const step = /^steps\.(\d+)/.exec(path);
    return step ? t('builder.issueInStep', { n: Number(step[1]) + 1 }) : t('builder.issueInModule');
  };
  return (
    <Alert
      color="red"
      variant="light"
      title={t('builder.issuesTitle', { count: issues.length })}
      role="alert"
    >
      <List size="sm" spacing={4}>
        {issues.slice(0, 12).map((issue, index) => (
          <List.Item key={`${issue.path}-${index}`}>
            <Anchor
              component="button"
              type="button"
              size="sm"
              onClick={() =>
                document.querySelector<HTMLElement>(`[data-path="${issue.path}"]`)?.focus()
              }
            >
              {where(issue.path)}: {text(issue)}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
