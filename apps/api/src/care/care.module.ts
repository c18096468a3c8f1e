import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service';
import { CareRepository } from './care.repository';
import { ClientsController } from './clients.controller';
import { ClientsService } from './clients.service';

@Global()
@Module({
  controllers: [ClientsController],
  providers: [AccessService, ClientsService, CareRepository],
  exports: [AccessService, CareRepository],
})
export class CareModule {}
