import { Args, Context, Info, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { selects } from '../../common/selection.js';
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
  async besturen(@Args() args: BesturenArgs, @Context() ctx: GqlContext, @Info() info: GraphQLResolveInfo) {
    const page = await this.regions.besturen(args);
    // One query for the regions of the whole page, before the rows ask: each row then answers at once.
    if (selects(info, ['edges', 'node', 'region'])) {
      await ctx.loaders.regionById.loadMany([...new Set(page.edges.map((e) => e.node.regionId).filter((id): id is string => !!id))]);
    }
    return page;
  }

  @Query(() => [Bestuur], { description: 'Partner organisations people can work for (VVSG, V-ICT-OR, …)' })
  partnerOrganisations() {
    return this.regions.partnerOrganisations();
  }

  @Mutation(() => Bestuur, { description: 'Move a municipality to another region (administrators only)' })
  assignBestuurToRegion(@Args('input') input: AssignBestuurInput, @Context() ctx: GqlContext) {
    return this.regions.assignBestuur(ctx.viewer, input);
  }

  // (parent, args, context) without parameter decorators: Nest then calls it directly, not through its pipes, for every row.
  @ResolveField(() => Region, { nullable: true })
  region(b: BestuurEntity, _args: unknown, ctx: GqlContext) {
    return b.regionId ? ctx.loaders.regionById.get(b.regionId) : null;
  }
}
