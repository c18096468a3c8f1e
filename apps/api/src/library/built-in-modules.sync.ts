import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { BUILT_IN_MODULES, type ModuleContent } from '@oefenruimte/shared';
import { isDeepStrictEqual } from 'node:util';
import { DataSource } from 'typeorm';
import { ModulesRepository } from './modules.repository';

/** Brings the built-in modules in the database in line with the code: a new version when they changed. */
@Injectable()
export class BuiltInModulesSync implements OnApplicationBootstrap {
  private readonly logger = new Logger('Library');

  constructor(
    private readonly dataSource: DataSource,
    private readonly modules: ModulesRepository,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.modules.lockBuiltIns(manager);
      for (const content of BUILT_IN_MODULES) {
        const existing = await this.modules.builtIn(content.slug, manager);
        if (existing && isDeepStrictEqual(existing.content, normalize(content))) continue;
        const id = existing?.id ?? (await this.modules.insertBuiltIn(content, manager));
        const number = (existing?.published_version ?? 0) + 1;
        await this.modules.publishBuiltIn(id, number, content, manager);
        this.logger.log(`built-in module ${content.slug} is now version ${number}`);
      }
    });
  }
}

/** What JSON keeps of the content (no undefined members), to compare with what is stored. */
function normalize(content: ModuleContent): unknown {
  return JSON.parse(JSON.stringify(content));
}
