import { Module } from '@nestjs/common';
import { BuiltInModulesSync } from './built-in-modules.sync';
import { LibraryController } from './library.controller';
import { LibraryService } from './library.service';
import { ModulesRepository } from './modules.repository';

@Module({
  controllers: [LibraryController],
  providers: [LibraryService, ModulesRepository, BuiltInModulesSync],
  exports: [ModulesRepository],
})
export class LibraryModule {}
