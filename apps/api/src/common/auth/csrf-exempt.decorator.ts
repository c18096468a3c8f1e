import { SetMetadata } from '@nestjs/common';

export const IS_CSRF_EXEMPT = 'oefenruimte:csrfExempt';

/**
 * A public route whose only power is a signed, single-purpose token in its path (a mail's
 * one-click unsubscribe, posted by the mail program without our header). Nothing else.
 */
export const CsrfExempt = (): MethodDecorator => SetMetadata(IS_CSRF_EXEMPT, true);
