import { Body, Controller, Get, HttpCode, Inject, Post, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { DeleteAccountRequest } from '@oefenruimte/shared';
import { IsString, Length } from 'class-validator';
import type { FastifyReply } from 'fastify';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../common/auth/auth-user';
import { RateLimited } from '../common/auth/rate-limited.decorator';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { clearSessionCookie } from '../identity/session-cookie.writer';
import { renderExportDocument } from './export-document';
import { type ClientExport, PrivacyService } from './privacy.service';

export class DeleteAccountDto implements DeleteAccountRequest {
  @IsString()
  @Length(1, 128)
  password!: string;
}

@ApiTags('privacy')
@Controller('me')
export class PrivacyController {
  constructor(
    private readonly privacy: PrivacyService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Access({ roles: ['client'] })
  @Get('export')
  async exportJson(
    @CurrentUser() user: AuthUser,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ClientExport> {
    void reply.header(
      'content-disposition',
      `attachment; filename="oefenruimte-${new Date().toISOString().slice(0, 10)}.json"`,
    );
    return this.privacy.export(user, meta, 'json');
  }

  @Access({ roles: ['client'] })
  @Get('export.html')
  async exportHtml(
    @CurrentUser() user: AuthUser,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    void reply
      .header('content-type', 'text/html; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="oefenruimte-${new Date().toISOString().slice(0, 10)}.html"`,
      );
    return renderExportDocument(await this.privacy.export(user, meta, 'html'));
  }

  @Access({ roles: ['client'] })
  @RateLimited()
  @HttpCode(204)
  @Post('delete-account')
  async deleteAccount(
    @CurrentUser() user: AuthUser,
    @Body() dto: DeleteAccountDto,
    @Meta() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.privacy.deleteAccount(user, dto.password, meta);
    clearSessionCookie(reply, this.config);
  }
}
