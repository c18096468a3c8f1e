import type { ModuleContent } from '../module-schema';
import { aantrekkenEnAfstoten } from './aantrekken-en-afstoten';
import { duivelseDialogen } from './duivelse-dialogen';
import { grensoefeningen } from './grensoefeningen';
import { grenzenStellen } from './grenzen-stellen';
import { ontwennen } from './ontwennen';
import { verbindingsstijlen } from './verbindingsstijlen';

/** The modules that come with Oefenruimte. Therapists can copy any of them and adapt the copy. */
export const BUILT_IN_MODULES: readonly ModuleContent[] = [
  grenzenStellen,
  ontwennen,
  grensoefeningen,
  verbindingsstijlen,
  aantrekkenEnAfstoten,
  duivelseDialogen,
];

/** A built-in module by its slug, or undefined. */
export function findBuiltInModule(slug: string): ModuleContent | undefined {
  return BUILT_IN_MODULES.find((module) => module.slug === slug);
}
