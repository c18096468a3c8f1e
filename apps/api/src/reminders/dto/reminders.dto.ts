import {
  type AcceptReminderSuggestionRequest,
  REMINDER_CHANNELS,
  REMINDER_KINDS,
  type PushSubscriptionInput,
  type ReminderChannel,
  type ReminderInput,
  type ReminderKind,
  type ReminderSuggestionInput,
  type UpdateReminderSettingsRequest,
} from '@oefenruimte/shared';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { IsWeekdays, NestedArray, NestedObject } from '../../common/dto/fields';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const timeMessage = ({ property }: { property: string }) => `${property} must be a time like 20:00`;

export class ReminderDto implements ReminderInput {
  @IsIn(REMINDER_KINDS) kind: ReminderKind;
  @IsBoolean() enabled: boolean;
  @IsIn(REMINDER_CHANNELS) channel: ReminderChannel;
  @IsString() @Matches(TIME, { message: timeMessage }) time: string;
  @IsArray()
  @IsWeekdays()
  days: number[];
}

export class ReminderSettingsDto implements UpdateReminderSettingsRequest {
  @IsBoolean() paused: boolean;
  @IsString() @MaxLength(64) timeZone: string;
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Matches(TIME, { message: timeMessage })
  quietStart: string | null;
  @ValidateIf((_, value) => value !== null)
  @IsString()
  @Matches(TIME, { message: timeMessage })
  quietEnd: string | null;
  @IsBoolean() showDetails: boolean;
  @NestedArray(() => ReminderDto) @ArrayMaxSize(REMINDER_KINDS.length) reminders: ReminderDto[];
}

class PushKeysDto {
  @IsString() @Matches(/^[A-Za-z0-9_-]{80,100}={0,2}$/) p256dh: string;
  @IsString() @Matches(/^[A-Za-z0-9_-]{16,30}={0,2}$/) auth: string;
}

export class PushSubscriptionDto implements PushSubscriptionInput {
  @IsString() @MaxLength(1000) endpoint: string;
  @NestedObject(() => PushKeysDto) keys: PushKeysDto;
  @IsOptional() @IsString() @MaxLength(60) label?: string;
}

export class AcceptSuggestionDto implements AcceptReminderSuggestionRequest {
  @IsIn(REMINDER_CHANNELS) channel: ReminderChannel;
}

/** A homework reminder a therapist suggests when assigning (the client decides). */
export class ReminderSuggestionDto implements ReminderSuggestionInput {
  @IsString() @Matches(TIME, { message: timeMessage }) time: string;
  @IsArray()
  @ArrayMinSize(1)
  @IsWeekdays()
  days: number[];
}

export class TestPushDto {
  @IsString() @Matches(/^[0-9a-f-]{36}$/) deviceId: string;
}
