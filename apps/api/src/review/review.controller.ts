import { Body, Controller, Get, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Review, ReviewBundle } from '@oefenruimte/shared';
import { Access } from '../common/auth/access.decorator';
import { type AuthUser, CurrentUser, Meta, type RequestMeta } from '../common/auth/auth-user';
import { UuidParam } from '../common/pipes/uuid-param';
import { CreateReviewDto } from './dto/review.dto';
import { ReviewService } from './review.service';

@ApiTags('review')
@Controller()
export class ReviewController {
  constructor(private readonly reviews: ReviewService) {}

  @Access({ roles: ['therapist'], clientData: true })
  @Get('clients/:clientId/review')
  bundle(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @Meta() meta: RequestMeta,
  ): Promise<ReviewBundle> {
    return this.reviews.bundle(user, clientId, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Post('clients/:clientId/reviews')
  create(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @Body() dto: CreateReviewDto,
    @Meta() meta: RequestMeta,
  ): Promise<Review> {
    return this.reviews.create(user, clientId, dto, meta);
  }

  @Access({ roles: ['therapist'], clientData: true })
  @Get('clients/:clientId/reviews')
  list(
    @CurrentUser() user: AuthUser,
    @UuidParam('clientId') clientId: string,
    @Meta() meta: RequestMeta,
  ): Promise<Review[]> {
    return this.reviews.listForClient(user, clientId, meta);
  }

  @Access({ roles: ['client'] })
  @Get('me/reviews')
  mine(@CurrentUser() user: AuthUser, @Meta() meta: RequestMeta): Promise<Review[]> {
    return this.reviews.mine(user, meta);
  }
}
