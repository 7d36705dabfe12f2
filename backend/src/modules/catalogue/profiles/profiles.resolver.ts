import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../../common/context.js';
import { User } from '../../accounts/user.model.js';
import type { BestuurEntity } from '../../regions/bestuur.entity.js';
import { Bestuur } from '../../regions/regions.model.js';
import { Adoption } from '../adoption/adoption.model.js';
import { Capability } from '../capabilities/capabilities.model.js';
import { sourceLabel } from '../fit/fit.explain.js';
import type { IndicatorCorrectionEntity } from './indicator-correction.entity.js';
import { Indicator, IndicatorCorrection, IndicatorCorrectionConnection } from './indicator.model.js';
import { BestuurProfile, IndicatorReading } from './profile.model.js';
import {
  DecideIndicatorCorrectionInput, IndicatorCorrectionsArgs, ProposeIndicatorCorrectionInput, SaveIndicatorInput,
} from './profiles.inputs.js';
import { ProfilesService } from './profiles.service.js';

interface ProfileSource {
  bestuurId: string;
  regionId: string | null;
  population: number | null;
}

/** Adds `profile` to the Bestuur type without touching the regions module. */
@Resolver(() => Bestuur)
export class BestuurProfileFieldResolver {
  @ResolveField(() => BestuurProfile, { description: 'Indicators, capabilities and solutions of this bestuur' })
  profile(b: BestuurEntity): ProfileSource {
    return { bestuurId: b.id, regionId: b.regionId, population: b.population };
  }
}

@Resolver(() => BestuurProfile)
export class BestuurProfileResolver {
  @ResolveField(() => [IndicatorReading], { description: 'Latest value per indicator, by indicator name' })
  async indicators(p: ProfileSource, _args: unknown, ctx: GqlContext): Promise<IndicatorReading[]> {
    const values = await ctx.loaders.indicatorValuesByBestuurId.load(p.bestuurId);
    const byIndicator = new Map<string, typeof values>();
    for (const v of values) byIndicator.set(v.indicatorId, [...(byIndicator.get(v.indicatorId) ?? []), v]);
    const readings = await Promise.all([...byIndicator].map(async ([indicatorId, history]) => {
      const latest = history[0];
      const [indicator, means] = await Promise.all([
        ctx.loaders.indicatorById.load(indicatorId),
        ctx.loaders.indicatorMeans.load(`${p.regionId ?? ''}|${indicatorId}|${latest.year}`),
      ]);
      return {
        indicator: indicator!, latest, history, sourceLabel: sourceLabel(latest.source, latest.year),
        regionMean: p.regionId ? means.region : null, flandersMean: means.flanders,
      };
    }));
    return readings.sort((a, b) => a.indicator.name.localeCompare(b.indicator.name, 'nl'));
  }

  @ResolveField(() => [Capability], { description: 'Capabilities this bestuur has, by name' })
  capabilities(p: ProfileSource, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.capabilitiesByBestuurId.load(p.bestuurId);
  }

  @ResolveField(() => [Adoption], { description: 'Solutions this bestuur has a status for, by solution name' })
  adoptions(p: ProfileSource, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.adoptionsByBestuurId.load(p.bestuurId);
  }
}

@Resolver(() => IndicatorCorrection)
export class IndicatorsResolver {
  constructor(private readonly profiles: ProfilesService) {}

  @Query(() => [Indicator], { description: 'Indicator definitions, by name' })
  indicators() {
    return this.profiles.indicators();
  }

  @Query(() => IndicatorCorrectionConnection, { description: 'Proposed corrections, oldest first (administrators only)' })
  indicatorCorrections(@Args() args: IndicatorCorrectionsArgs, @Context() ctx: GqlContext) {
    return this.profiles.corrections(ctx.viewer, args);
  }

  @Mutation(() => Indicator, { description: 'Add or change an indicator definition (administrators only)' })
  saveIndicator(@Args('input') input: SaveIndicatorInput, @Context() ctx: GqlContext) {
    return this.profiles.saveIndicator(ctx.viewer, input);
  }

  @Mutation(() => IndicatorCorrection, { description: "Propose a correction of a figure (the bestuur's members, its coordinators, admins)" })
  proposeIndicatorCorrection(@Args('input') input: ProposeIndicatorCorrectionInput, @Context() ctx: GqlContext) {
    return this.profiles.propose(ctx.viewer, input);
  }

  @Mutation(() => IndicatorCorrection, { description: 'Accept a proposed correction: the value changes (administrators only)' })
  acceptIndicatorCorrection(@Args('input') input: DecideIndicatorCorrectionInput, @Context() ctx: GqlContext) {
    return this.profiles.accept(ctx.viewer, input);
  }

  @Mutation(() => IndicatorCorrection, { description: 'Reject a proposed correction (administrators only)' })
  rejectIndicatorCorrection(@Args('input') input: DecideIndicatorCorrectionInput, @Context() ctx: GqlContext) {
    return this.profiles.reject(ctx.viewer, input);
  }

  @ResolveField(() => Bestuur)
  bestuur(c: IndicatorCorrectionEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.bestuurById.load(c.bestuurId);
  }

  @ResolveField(() => Indicator)
  indicator(c: IndicatorCorrectionEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.indicatorById.load(c.indicatorId);
  }

  @ResolveField(() => User, { nullable: true })
  proposedBy(c: IndicatorCorrectionEntity, _args: unknown, ctx: GqlContext) {
    return c.proposedBy ? ctx.loaders.userById.load(c.proposedBy) : null;
  }
}
