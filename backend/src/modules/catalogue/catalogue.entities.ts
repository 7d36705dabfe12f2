import { AdoptionEntity } from './adoption/adoption.entity.js';
import { BestuurCapabilityEntity } from './capabilities/bestuur-capability.entity.js';
import { CapabilityEntity } from './capabilities/capability.entity.js';
import { SolutionCapabilityEntity } from './capabilities/solution-capability.entity.js';
import { IndicatorImportEntity } from './import/indicator-import.entity.js';
import { IndicatorCorrectionEntity } from './profiles/indicator-correction.entity.js';
import { IndicatorValueEntity } from './profiles/indicator-value.entity.js';
import { IndicatorEntity } from './profiles/indicator.entity.js';
import { SolutionPrerequisiteEntity } from './solutions/solution-prerequisite.entity.js';
import { SolutionEntity } from './solutions/solution.entity.js';

/** Every entity of the catalogue, for database/entities.ts. */
export const CATALOGUE_ENTITIES = [
  CapabilityEntity, IndicatorEntity, SolutionEntity, SolutionCapabilityEntity, SolutionPrerequisiteEntity,
  IndicatorImportEntity, IndicatorCorrectionEntity, IndicatorValueEntity, BestuurCapabilityEntity, AdoptionEntity,
];
