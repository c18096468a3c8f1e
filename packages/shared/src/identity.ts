/** Accounts, sessions, practices, invitations and care relations: the API contract. */

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
export const NAME_MAX_LENGTH = 120;
export const EMAIL_MAX_LENGTH = 254;
export const PRACTICE_TEXT_MAX_LENGTH = 1000;

/** Session lifetimes (SECURITY.md): idle and absolute, and when the web app warns. */
export const SESSION_IDLE_MINUTES = 30;
export const SESSION_ABSOLUTE_HOURS = 12;
export const SESSION_WARNING_SECONDS = 120;

export const INVITATION_VALID_DAYS = 7;
export const PASSWORD_RESET_VALID_MINUTES = 30;
export const RECOVERY_CODE_COUNT = 10;
/** A sign-up's confirmation link works this long. */
export const SIGNUP_CONFIRM_VALID_HOURS = 24;
/** A reset code the practice owner hands over works this long (and once). */
export const RESET_CODE_VALID_MINUTES = 30;

/** The header every state-changing request sends; a foreign site cannot set it without CORS. */
export const CSRF_HEADER = 'x-oefenruimte-csrf';

export type Role = 'therapist' | 'client';
export type PracticeRole = 'owner' | 'therapist' | 'client';

export interface PracticeSummary {
  readonly id: string;
  readonly name: string;
}

export interface Practice extends PracticeSummary {
  readonly phone: string | null;
  /** What the practice tells its clients about reaching them in a crisis; shown next to 113. */
  readonly crisisText: string | null;
  readonly version: number;
}

export interface SecondFactorState {
  /** A TOTP app is set up for this account. */
  readonly enrolled: boolean;
  /** This session proved the second factor. */
  readonly verified: boolean;
  /** This account may not open client data without it (therapists, unless relaxed for the demo). */
  readonly required: boolean;
}

export interface SessionTimes {
  readonly idleExpiresAt: string;
  readonly absoluteExpiresAt: string;
}

export interface Me {
  readonly id: string;
  readonly name: string;
  readonly email: string;
  readonly role: Role;
  readonly practiceRole: PracticeRole;
  readonly practice: PracticeSummary;
  readonly locale: 'nl' | 'en';
  readonly secondFactor: SecondFactorState;
  readonly session: SessionTimes;
}

/** No password yet: it is chosen once the address is confirmed (ConfirmSignUpRequest). */
export interface SignUpRequest {
  readonly name: string;
  readonly email: string;
  readonly practiceName: string;
}

/** The first owner of a practice-mode install, with the setup code from the terminal. */
export interface SetUpRequest extends SignUpRequest {
  readonly password: string;
  readonly setupCode: string;
}

/** The link from the confirmation mail, and the password of the account it makes. */
export interface ConfirmSignUpRequest {
  readonly token: string;
  readonly password: string;
}

export interface LoginRequest {
  readonly email: string;
  readonly password: string;
}

export interface SecondFactorRequest {
  readonly code: string;
}

export interface TotpSetupResponse {
  readonly secret: string;
  readonly otpauthUrl: string;
  /** An SVG QR code of otpauthUrl, as a data: URL. */
  readonly qrCodeDataUrl: string;
}

export interface TotpConfirmResponse {
  /** Shown once; each works once instead of a TOTP code. */
  readonly recoveryCodes: readonly string[];
}

export interface ForgotPasswordRequest {
  readonly email: string;
}

export interface ResetPasswordRequest {
  /** The token from the mailed link, or the code the practice owner handed over. */
  readonly token: string;
  readonly password: string;
}

/** Shown once to the practice owner, who hands it over in person. */
export interface CreatedResetCode {
  readonly code: string;
  readonly expiresAt: string;
}

export interface ChangePasswordRequest {
  readonly currentPassword: string;
  readonly newPassword: string;
}

export interface SessionInfo {
  readonly id: string;
  readonly createdAt: string;
  readonly lastSeenAt: string;
  readonly userAgent: string | null;
  readonly ip: string | null;
  readonly current: boolean;
}

/** A therapist of the same practice, as the practice owner sees them. */
export interface Colleague {
  readonly id: string;
  readonly name: string;
  readonly email: string;
}

export interface UpdatePracticeRequest {
  readonly name?: string;
  readonly phone?: string | null;
  readonly crisisText?: string | null;
  readonly version: number;
}

export type InvitationKind = 'client' | 'therapist';
export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface CreateInvitationRequest {
  /** How the therapist knows the person; the invitee may change it when accepting. */
  readonly name: string;
  /** Optional: without it the therapist hands over the code in person or by phone. */
  readonly email?: string;
}

export interface Invitation {
  readonly id: string;
  readonly kind: InvitationKind;
  readonly name: string;
  readonly email: string | null;
  readonly status: InvitationStatus;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface CreatedInvitation extends Invitation {
  /** Shown once: the code to read out or print, and the link that carries it. */
  readonly code: string;
  readonly link: string;
}

export interface InvitationPreviewRequest {
  readonly code: string;
}

export interface InvitationPreview {
  readonly kind: InvitationKind;
  readonly practiceName: string;
  readonly invitedBy: string;
  readonly name: string;
  readonly email: string | null;
  readonly expiresAt: string;
}

export interface AcceptInvitationRequest {
  readonly code: string;
  readonly name: string;
  readonly email: string;
  readonly password: string;
}

export interface ClientSummary {
  readonly id: string;
  readonly name: string;
  readonly careRelationId: string;
  readonly since: string;
  readonly until: string | null;
}

export interface Page<T> {
  readonly items: readonly T[];
  /** Pass as `cursor` to get the next page; null on the last page. */
  readonly nextCursor: string | null;
}

export type AuditAction =
  'read' | 'search' | 'create' | 'update' | 'delete' | 'export' | 'login' | 'logout';
export type AuditOutcome = 'success' | 'refused';
export type AuditBasis = 'own-data' | 'care-relation' | 'share' | 'practice' | 'none';

/**
 * Who it was, seen from the person whose log it is: themself, their own therapist, someone
 * else of their practice, someone of another practice, or someone else (another client, or
 * nobody signed in). Names are given only for people of the client's own practice.
 */
export type AccessActorKind = 'me' | 'my-therapist' | 'my-practice' | 'other-practice' | 'someone';

export interface AccessLogEntry {
  readonly id: string;
  readonly at: string;
  readonly actorName: string | null;
  readonly actorRole: Role | null;
  readonly actorKind: AccessActorKind;
  /** Whose data it was (shown in a therapist's own log; null for a client's log of themself). */
  readonly subjectName: string | null;
  readonly action: AuditAction;
  readonly event: string;
  readonly objectType: string;
  readonly basis: AuditBasis;
  readonly outcome: AuditOutcome;
}

export interface OutboxMail {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly createdAt: string;
}
