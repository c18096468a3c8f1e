/**
 * FHIR R4 types for instruments (Questionnaire) and answers (QuestionnaireResponse), from
 * @medplum/fhirtypes: type-only, so nothing of it ends up in a bundle.
 */
export type {
  Coding,
  Extension,
  Questionnaire,
  QuestionnaireItem,
  QuestionnaireItemAnswerOption,
  QuestionnaireResponse,
  QuestionnaireResponseItem,
  QuestionnaireResponseItemAnswer,
} from '@medplum/fhirtypes';

/**
 * Where an answer option carries its score. We read the R4 `ordinalValue` extension first
 * (defined for R4 on Coding and answerOption) and accept the SDC/R5 `itemWeight` extension as
 * an alternative, because exports from other systems use either. Both on one option must agree.
 */
export const ORDINAL_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const ITEM_WEIGHT_URL = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
/** Integer items are scorable only with both bounds stated (the R4 core extensions). */
export const MIN_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const MAX_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/maxValue';
export const LOINC_SYSTEM = 'http://loinc.org';
