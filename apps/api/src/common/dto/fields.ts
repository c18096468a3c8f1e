import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsInt,
  IsISO8601,
  IsObject,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';

/** The largest value of a PostgreSQL `integer`; every whole number a body carries stays within it. */
export const INT4_MAX = 2_147_483_647;

const apply =
  (...decorators: PropertyDecorator[]): PropertyDecorator =>
  (target, key) => {
    for (const decorator of decorators) decorator(target, key);
  };

/** A calendar day written `2026-11-21`: a real date (no 2026-02-30), year 0001 to 9999. */
export const IsDay = (): PropertyDecorator =>
  apply(
    IsISO8601({ strict: true }),
    Matches(/^(?!0000)\d{4}-\d{2}-\d{2}$/, {
      message: ({ property }) => `${property} must be a date like 2026-11-21`,
    }),
  );

/**
 * A moment: a day (`2026-11-21`, its midnight in UTC) or a full date and time with its offset
 * (`2026-11-21T08:30:00.000Z`, `2026-11-21T09:30+01:00`). No week dates, ordinal dates, bare
 * years or months: only what PostgreSQL reads the same way.
 */
export const IsInstant = (): PropertyDecorator =>
  apply(
    IsISO8601({ strict: true }),
    Matches(
      /^(?!0000)\d{4}-\d{2}-\d{2}(?:T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d))?$/,
      {
        message: ({ property }) =>
          `${property} must be a date like 2026-11-21 or a time like 2026-11-21T08:30:00Z`,
      },
    ),
  );

/**
 * Days of the week as ISO numbers (1 = Monday … 7 = Sunday), each at most once; goes with
 * `@IsArray()`. Registered in the order stacked decorators apply (bottom first), so the reasons
 * of a 400 come in the order they always did.
 */
export const IsWeekdays = (): PropertyDecorator =>
  apply(
    Max(7, { each: true }),
    Min(1, { each: true }),
    IsInt({ each: true }),
    ArrayUnique(),
    ArrayMaxSize(7),
  );

/** A version number for optimistic locking: a whole number from 1 that fits the column. */
export const IsVersion = (): PropertyDecorator => apply(IsInt(), Min(1), Max(INT4_MAX));

/** A nested object checked by its own DTO; an array, string or number in its place is refused. */
export const NestedObject = (type: () => new () => object): PropertyDecorator =>
  apply(IsObject(), ValidateNested(), Type(type));

/** A list of nested objects, each checked by its own DTO and each an object (not `[]` or `1`). */
export const NestedArray = (type: () => new () => object): PropertyDecorator =>
  apply(IsArray(), IsObject({ each: true }), ValidateNested({ each: true }), Type(type));
