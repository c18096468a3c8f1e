import type { FieldError } from '../errors';
import type { QuestionnaireIssue } from './validate-questionnaire';

/**
 * The refusals of an import in the API's one error shape (a 400 VALIDATION_FAILED): the field
 * names the item (`item.<linkId>`, or `questionnaire` for the whole file), the constraint is the
 * issue code the web app translates, the message is the Dutch reason.
 */
export function questionnaireIssueFields(issues: readonly QuestionnaireIssue[]): FieldError[] {
  return issues.map((issue) => ({
    field: issue.linkId === null ? 'questionnaire' : `item.${issue.linkId}`,
    constraint: issue.code,
    message: issue.message,
  }));
}
