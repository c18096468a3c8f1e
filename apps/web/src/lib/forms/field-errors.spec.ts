import { ApiRequestError } from '../api/api-client';
import { checkFields, problemForConstraint, problemsFromError } from './field-errors';
import { EMAIL_RULE, NAME_RULE, NEW_PASSWORD_RULE } from './rules';

const rules = { name: NAME_RULE, email: EMAIL_RULE, password: NEW_PASSWORD_RULE };

function validationError(fields: { field: string; constraint: string }[]) {
  return new ApiRequestError(400, {
    statusCode: 400,
    code: 'VALIDATION_FAILED',
    message: 'x',
    fields: fields.map((f) => ({ ...f, message: 'english text that is never shown' })),
  });
}

describe('checkFields (before sending)', () => {
  it('names what is missing, a malformed address and a short password', () => {
    expect(checkFields({ name: ' ', email: 'marieke@', password: 'kort' }, rules)).toEqual({
      name: { key: 'required' },
      email: { key: 'isEmail' },
      password: { key: 'minLength', params: { min: 12 } },
    });
  });

  it('accepts a sentence as a password and leaves valid fields alone', () => {
    expect(
      checkFields(
        { name: 'Marieke', email: 'marieke@example.nl', password: 'ik drink thee op het balkon' },
        rules,
      ),
    ).toEqual({});
  });

  it('refuses a password over the limit', () => {
    expect(checkFields({ name: 'a', email: 'a@b.nl', password: 'x'.repeat(129) }, rules)).toEqual({
      password: { key: 'maxLength', params: { max: 128 } },
    });
  });
});

describe('problemsFromError (what the API refused)', () => {
  const values = { name: '', email: 'a@b', password: 'password1234' };

  it('maps each constraint to a fields.* message with the numbers it needs', () => {
    const error = validationError([
      { field: 'name', constraint: 'isLength' },
      { field: 'email', constraint: 'isEmail' },
      { field: 'password', constraint: 'notCommon' },
    ]);
    expect(problemsFromError(error, values, rules)).toEqual({
      name: { key: 'required' },
      email: { key: 'isEmail' },
      password: { key: 'notCommon' },
    });
  });

  it('says "too short" or the full range for isLength, depending on the value', () => {
    expect(problemForConstraint('wellFormedUnicode', 'half \ud83d')).toEqual({
      key: 'badCharacter',
    });
    expect(problemForConstraint('noNulCharacter', 'a\u0000b')).toEqual({ key: 'badCharacter' });
    expect(problemForConstraint('isLength', 'kort', NEW_PASSWORD_RULE)).toEqual({
      key: 'minLength',
      params: { min: 12 },
    });
    expect(problemForConstraint('isLength', 'lang genoeg hoor', NEW_PASSWORD_RULE)).toEqual({
      key: 'isLength',
      params: { min: 12, max: 128 },
    });
  });

  it('keeps the first refusal per field, ignores fields the form lacks, and falls back to generic', () => {
    const error = validationError([
      { field: 'password', constraint: 'isLength' },
      { field: 'password', constraint: 'notCommon' },
      { field: 'practiceId', constraint: 'unknownField' },
      { field: 'email.domain', constraint: 'somethingNew' },
    ]);
    expect(problemsFromError(error, { ...values, password: 'kort' }, rules)).toEqual({
      password: { key: 'minLength', params: { min: 12 } },
      email: { key: 'generic' },
    });
  });

  it('finds nothing in other errors', () => {
    expect(problemsFromError(new ApiRequestError(401, undefined), values, rules)).toEqual({});
    expect(problemsFromError(new Error('x'), values, rules)).toEqual({});
  });
});
