import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { AdoptionResolver } from './adoption/adoption.resolver.js';
import { AdoptionService } from './adoption/adoption.service.js';
import { CapabilitiesResolver } from './capabilities/capabilities.resolver.js';
import { CapabilitiesService } from './capabilities/capabilities.service.js';
import { FitOverviewService } from './fit/fit-overview.service.js';
import { FitResolver } from './fit/fit.resolver.js';
import { FitService } from './fit/fit.service.js';
import { NoTrajectRelevance, TRAJECT_RELEVANCE } from './fit/traject-relevance.js';
import { ImportController } from './import/import.controller.js';
import { ImportResolver } from './import/import.resolver.js';
import { ImportService } from './import/import.service.js';
import { BestuurProfileFieldResolver, BestuurProfileResolver, IndicatorsResolver } from './profiles/profiles.resolver.js';
import { ProfilesService } from './profiles/profiles.service.js';
import { ExportsController } from './publiccode/exports.controller.js';
import { ExportsService } from './publiccode/exports.service.js';
import { PubliccodeResolver } from './publiccode/publiccode.resolver.js';
import { PubliccodeService } from './publiccode/publiccode.service.js';
import { SolutionsResolver } from './solutions/solutions.resolver.js';
import { SolutionsService } from './solutions/solutions.service.js';

/** Every resolver of the catalogue, for src/schema.ts. */
export const CATALOGUE_RESOLVERS = [
  SolutionsResolver, FitResolver, CapabilitiesResolver, BestuurProfileFieldResolver, BestuurProfileResolver, IndicatorsResolver,
  AdoptionResolver, ImportResolver, PubliccodeResolver,
];

/** The Oplossingencatalogus: solutions, bestuur profiles, fit per bestuur, adoption, imports and exports. */
@Module({
  imports: [AccountsModule],
  providers: [
    SolutionsService, CapabilitiesService, ProfilesService, FitService, FitOverviewService, AdoptionService, ImportService, ExportsService, PubliccodeService,
    // The seam to the trajecten module (see fit/traject-relevance.ts).
    { provide: TRAJECT_RELEVANCE, useClass: NoTrajectRelevance },
    ...CATALOGUE_RESOLVERS,
  ],
  controllers: [ImportController, ExportsController],
})
export class CatalogueModule {}
