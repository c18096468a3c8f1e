import { Module } from '@nestjs/common';
import { SafetyPlanController } from './safety-plan.controller';
import { SafetyPlanRepository } from './safety-plan.repository';
import { SafetyPlanService } from './safety-plan.service';

@Module({
  controllers: [SafetyPlanController],
  providers: [SafetyPlanService, SafetyPlanRepository],
  exports: [SafetyPlanRepository],
})
export class SafetyPlanModule {}
