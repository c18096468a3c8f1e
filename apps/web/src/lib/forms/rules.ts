import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
} from '@oefenruimte/shared';
import type { FieldRule } from './field-errors';

/** The same limits the API checks, so a form can name them before sending. */
export const NAME_RULE: FieldRule = { required: true, min: 1, max: NAME_MAX_LENGTH };
export const EMAIL_RULE: FieldRule = { required: true, email: true, max: EMAIL_MAX_LENGTH };
export const NEW_PASSWORD_RULE: FieldRule = {
  required: true,
  min: PASSWORD_MIN_LENGTH,
  max: PASSWORD_MAX_LENGTH,
};
export const CURRENT_PASSWORD_RULE: FieldRule = { required: true, max: PASSWORD_MAX_LENGTH };
