import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service';
import { ClientsController } from './clients.controller';
import { ClientsService } from './clients.service';

@Global()
@Module({
  controllers: [ClientsController],
  providers: [AccessService, ClientsService],
  exports: [AccessService],
})
export class CareModule {}
