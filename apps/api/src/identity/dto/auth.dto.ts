import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  type ChangePasswordRequest,
  type ConfirmSignUpRequest,
  type SetUpRequest,
  type ForgotPasswordRequest,
  type LoginRequest,
  type ResetPasswordRequest,
  type SecondFactorRequest,
  type SignUpRequest,
} from '@oefenruimte/shared';
import { IsEmail, IsString, Length, Matches, MaxLength } from 'class-validator';
import { NormalizeEmail, Trim } from '../../common/dto/transforms';

export class EmailField {
  @NormalizeEmail()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(EMAIL_MAX_LENGTH)
  email!: string;
}

export class SignUpDto extends EmailField implements SignUpRequest {
  @Trim()
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  name!: string;

  @Trim()
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  practiceName!: string;
}

export class SetUpDto extends SignUpDto implements SetUpRequest {
  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password!: string;

  @IsString()
  @Length(8, 40)
  setupCode!: string;
}

export class ConfirmSignUpDto implements ConfirmSignUpRequest {
  @IsString()
  @Length(20, 100)
  token!: string;

  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password!: string;
}

export class LoginDto extends EmailField implements LoginRequest {
  // No length rule on login: a wrong password is just wrong, whatever its length (up to the cap).
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  password!: string;
}

export class SecondFactorDto implements SecondFactorRequest {
  @IsString()
  @Matches(/^[0-9A-Za-z -]{6,20}$/, {
    message: 'code must be the 6 digits from your app or a recovery code',
  })
  code!: string;
}

export class ForgotPasswordDto extends EmailField implements ForgotPasswordRequest {}

export class ResetPasswordDto implements ResetPasswordRequest {
  /** A link's token (43 characters) or a handed-over code (XXXX-XXXX-XXXX). */
  @IsString()
  @Length(8, 100)
  token!: string;

  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  password!: string;
}

export class ChangePasswordDto implements ChangePasswordRequest {
  @IsString()
  @Length(1, PASSWORD_MAX_LENGTH)
  currentPassword!: string;

  @IsString()
  @Length(PASSWORD_MIN_LENGTH, PASSWORD_MAX_LENGTH)
  newPassword!: string;
}
