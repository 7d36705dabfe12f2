import { Args, Context, Int, Mutation, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import type { PubSubEngine } from 'graphql-subscriptions';
import type { GqlContext } from '../../common/context.js';
import { InjectPubSub } from '../../common/tokens.js';
import { clearLoaders } from '../../common/loaders.js';
import { User } from '../accounts/user.model.js';
import type { RegionEntity } from './region.entity.js';
import { Bestuur, Region } from './regions.model.js';
import { CoordinatorInput, UpdateRegionInput } from './regions.inputs.js';
import { REGION_CHANGED, RegionsService } from './regions.service.js';

@Resolver(() => Region)
export class RegionsResolver {
  constructor(
    private readonly regionsService: RegionsService,
    @InjectPubSub() private readonly pubSub: PubSubEngine,
  ) {}

  @Query(() => [Region], { description: "The regional knowledge circles, by referentieregio code" })
  regions() {
    return this.regionsService.list();
  }

  @Query(() => Region, { nullable: true })
  region(@Args('slug') slug: string) {
    return this.regionsService.bySlug(slug);
  }

  @Mutation(() => Region, { description: 'Rename or describe a region (administrators only)' })
  updateRegion(@Args('input') input: UpdateRegionInput, @Context() ctx: GqlContext) {
    return this.regionsService.update(ctx.viewer, input);
  }

  @Mutation(() => Region, { description: 'Make a person coordinator of a region (administrators only)' })
  appointCoordinator(@Args('input') input: CoordinatorInput, @Context() ctx: GqlContext) {
    return this.regionsService.appointCoordinator(ctx.viewer, input);
  }

  @Mutation(() => Region, { description: 'End a person\'s coordinatorship of a region (administrators only)' })
  removeCoordinator(@Args('input') input: CoordinatorInput, @Context() ctx: GqlContext) {
    return this.regionsService.removeCoordinator(ctx.viewer, input);
  }

  @Subscription(() => Region, {
    description: "A region's name, description, coordinators or municipalities changed",
    // The context, and so its DataLoaders, lives as long as the subscription: forget what earlier events loaded.
    resolve: (payload: { regionChanged: RegionEntity }, _args: unknown, ctx: GqlContext) => {
      clearLoaders(ctx.loaders);
      return payload.regionChanged;
    },
  })
  regionChanged(@Args('slug') slug: string) {
    return this.pubSub.asyncIterableIterator(`${REGION_CHANGED}:${slug}`);
  }

  @ResolveField(() => [User], { description: 'Coordinators of this region' })
  coordinators(region: RegionEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.coordinatorsByRegionId.load(region.id);
  }

  @ResolveField(() => [Bestuur], { description: 'Municipalities in this region, by name' })
  besturen(region: RegionEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.besturenByRegionId.load(region.id);
  }

  @ResolveField(() => Int, { description: 'Sum of the population of its municipalities' })
  async population(region: RegionEntity, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.regionStats.load(region.id)).population;
  }

  @ResolveField(() => Int, { description: 'Number of municipalities' })
  async bestuurCount(region: RegionEntity, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.regionStats.load(region.id)).bestuurCount;
  }
}
