import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import type { BestuurEntity } from './bestuur.entity.js';
import { AssignBestuurInput, BesturenArgs } from './regions.inputs.js';
import { Bestuur, BestuurConnection, Region } from './regions.model.js';
import { RegionsService } from './regions.service.js';

@Resolver(() => Bestuur)
export class BesturenResolver {
  constructor(private readonly regions: RegionsService) {}

  @Query(() => Bestuur, { nullable: true, description: 'A municipality by its NIS code' })
  bestuur(@Args('nisCode') nisCode: string) {
    return this.regions.bestuurByNisCode(nisCode);
  }

  @Query(() => BestuurConnection, { description: 'The Flemish municipalities, by name' })
  besturen(@Args() args: BesturenArgs) {
    return this.regions.besturen(args);
  }

  @Query(() => [Bestuur], { description: 'Partner organisations people can work for (VVSG, V-ICT-OR, …)' })
  partnerOrganisations() {
    return this.regions.partnerOrganisations();
  }

  @Mutation(() => Bestuur, { description: 'Move a municipality to another region (administrators only)' })
  assignBestuurToRegion(@Args('input') input: AssignBestuurInput, @Context() ctx: GqlContext) {
    return this.regions.assignBestuur(ctx.viewer, input);
  }

  @ResolveField(() => Region, { nullable: true })
  region(@Parent() b: BestuurEntity, @Context() ctx: GqlContext) {
    return b.regionId ? ctx.loaders.regionById.load(b.regionId) : null;
  }
}
