/** The rule that picks a sentence per access-log row lives in packages/shared (the export uses it too). */
export {
  describeAccess,
  type AccessReason,
  type AccessSentence,
  type AccessSentenceKey,
} from '@oefenruimte/shared';
