import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type AcceptInvitationRequest,
  type CreateInvitationRequest,
  type InvitationPreviewRequest,
} from '@oefenruimte/shared';
import { IsEmail, IsOptional, IsString, Length, MaxLength } from 'class-validator';
import { NormalizeEmail, Trim } from '../../common/dto/transforms';

export class CreateInvitationDto implements CreateInvitationRequest {
  @Trim()
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  name!: string;

  @IsOptional()
  @NormalizeEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email?: string;
}

export class InvitationCodeDto implements InvitationPreviewRequest {
  @IsString()
  @Length(8, 40)
  code!: string;
}

export class AcceptInvitationDto extends InvitationCodeDto implements AcceptInvitationRequest {
  @Trim()
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  name!: string;

  @NormalizeEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;

  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password!: string;
}
