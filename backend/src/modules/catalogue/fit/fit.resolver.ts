import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../../common/context.js';
import { FitArgs, SolutionFilterArgs } from '../solutions/solution-filters.js';
import { BestuurFitSummary, FitOverviewArgs } from './fit-overview.model.js';
import { FitOverviewService } from './fit-overview.service.js';
import { SolutionFit, SolutionFitConnection } from './fit.model.js';
import { FitService } from './fit.service.js';

@Resolver(() => SolutionFit)
export class FitResolver {
  constructor(
    private readonly fit: FitService,
    private readonly overview: FitOverviewService,
  ) {}

  @Query(() => SolutionFitConnection, {
    description: 'Solutions ranked by fit for a municipality, each explained (obsolete solutions left out); takes the catalogue filters',
  })
  fitForBestuur(@Args() args: FitArgs) {
    return this.fit.fitForBestuur(args);
  }

  @Query(() => SolutionFitConnection, { description: '"Voor mijn bestuur": fitForBestuur for the signed-in person\'s municipality' })
  voorMijnBestuur(@Args() args: SolutionFilterArgs, @Context() ctx: GqlContext) {
    return this.fit.forViewer(ctx.viewer, args);
  }

  @Query(() => [BestuurFitSummary], {
    description: 'Best-fitting solutions per municipality, by name: of one region (its coordinators, administrators) or of all (administrators)',
  })
  fitOverview(@Args() args: FitOverviewArgs, @Context() ctx: GqlContext) {
    return this.overview.overview(ctx.viewer, args);
  }
}
