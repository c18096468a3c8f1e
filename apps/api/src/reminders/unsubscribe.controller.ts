import { Controller, Get, Header, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditService } from '../audit/audit.service';
import { CsrfExempt } from '../common/auth/csrf-exempt.decorator';
import { Meta, type RequestMeta } from '../common/auth/auth-user';
import { Public } from '../common/auth/public.decorator';
import { CodedHttpException } from '../common/errors/api-error';
import { RemindersRepository } from './reminders.repository';
import { UnsubscribeTokens } from './unsubscribe-token';

const PAGE = (body: string) =>
  `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Herinnering uitzetten · Oefenruimte</title></head>` +
  `<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:2rem auto;padding:0 1rem;line-height:1.5"><main><h1>Oefenruimte</h1>${body}` +
  `<p>Hulp nodig? Bel <a href="tel:113">113</a> of gratis <a href="tel:08000113">0800-0113</a>, of chat op <a href="https://www.113.nl">113.nl</a>. In nood: <a href="tel:112">112</a>.</p></main></body></html>`;

/** The token is three path parts (each under the router's length limit for one part). */
const TOKEN = ':practiceId/:reminderId/:signature';
type TokenParams = Record<'practiceId' | 'reminderId' | 'signature', unknown>;

/**
 * The unsubscribe link of a reminder mail: no login, single-purpose. GET shows a button (a
 * mail scanner following the link changes nothing); POST — the button, or a mail program's
 * one-click List-Unsubscribe-Post (RFC 8058) — switches off that one reminder and nothing else.
 */
@ApiTags('reminders')
@Controller('reminders/unsubscribe')
export class UnsubscribeController {
  constructor(
    private readonly tokens: UnsubscribeTokens,
    private readonly repository: RemindersRepository,
    private readonly audit: AuditService,
  ) {}

  private verify(token: TokenParams) {
    return this.tokens.verify(
      String(token.practiceId),
      String(token.reminderId),
      String(token.signature),
    );
  }

  @Public()
  @Get(TOKEN)
  @Header('content-type', 'text/html; charset=utf-8')
  page(@Param() token: TokenParams): string {
    if (!this.verify(token)) throw new CodedHttpException(404, 'NOT_FOUND');
    return PAGE(
      `<p>Wil je deze herinnering niet meer per e-mail of melding krijgen?</p>` +
        `<form method="post"><button type="submit" style="font-size:1rem;padding:.6rem 1rem">Zet deze herinnering uit</button></form>`,
    );
  }

  @Public()
  @CsrfExempt()
  @Post(TOKEN)
  @HttpCode(200)
  @Header('content-type', 'text/html; charset=utf-8')
  async switchOff(@Param() token: TokenParams, @Meta() meta: RequestMeta): Promise<string> {
    const target = this.verify(token);
    if (!target) throw new CodedHttpException(404, 'NOT_FOUND');
    const reminder = await this.repository.switchOff(target.practiceId, target.reminderId);
    if (!reminder) throw new CodedHttpException(404, 'NOT_FOUND');
    await this.audit.record({
      actor: null,
      practiceId: target.practiceId,
      event: 'reminders.unsubscribe',
      action: 'update',
      objectType: 'reminder',
      objectId: target.reminderId,
      subjectId: reminder.client_id,
      basis: 'own-data',
      outcome: 'success',
      meta,
    });
    return PAGE(
      '<p>Deze herinnering staat nu uit. Je kunt hem altijd weer aanzetten in Oefenruimte, bij Instellingen.</p>',
    );
  }
}
