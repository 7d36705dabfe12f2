import { Args, Context, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../../common/context.js';
import { User } from '../../accounts/user.model.js';
import { Bestuur } from '../../regions/regions.model.js';
import { Solution } from '../solutions/solution.model.js';
import type { AdoptionEntity } from './adoption.entity.js';
import { RemoveAdoptionInput, SetAdoptionInput } from './adoption.inputs.js';
import { Adoption, AdoptionGrid } from './adoption.model.js';
import { AdoptionService } from './adoption.service.js';

@Resolver(() => Adoption)
export class AdoptionResolver {
  constructor(private readonly adoption: AdoptionService) {}

  @Query(() => AdoptionGrid, { description: "A region's besturen × solutions (coordinators of that region and administrators)" })
  adoptionGrid(@Args('regionSlug') regionSlug: string, @Context() ctx: GqlContext) {
    return this.adoption.grid(ctx.viewer, regionSlug);
  }

  @Mutation(() => Adoption, { description: "Set a bestuur's status for a solution (its members, its region's coordinators, administrators)" })
  setAdoption(@Args('input') input: SetAdoptionInput, @Context() ctx: GqlContext) {
    return this.adoption.set(ctx.viewer, input);
  }

  @Mutation(() => Bestuur, { description: "Remove a bestuur's status for a solution (same people as setAdoption)" })
  removeAdoption(@Args('input') input: RemoveAdoptionInput, @Context() ctx: GqlContext) {
    return this.adoption.remove(ctx.viewer, input);
  }

  @ResolveField(() => Bestuur)
  bestuur(a: AdoptionEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.bestuurById.load(a.bestuurId);
  }

  @ResolveField(() => Solution)
  solution(a: AdoptionEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.solutionById.load(a.solutionId);
  }

  @ResolveField(() => String, { nullable: true, description: 'Free note of the bestuur; only for signed-in people' })
  note(a: AdoptionEntity, _args: unknown, ctx: GqlContext) {
    return ctx.viewer ? a.note : null;
  }

  @ResolveField(() => User, { nullable: true, description: 'A person who offers to answer peers\' questions; only for signed-in people' })
  contact(a: AdoptionEntity, _args: unknown, ctx: GqlContext) {
    return a.contactUserId && ctx.viewer ? ctx.loaders.userById.load(a.contactUserId) : null;
  }

  @ResolveField(() => String, { nullable: true, description: "The contact's e-mail address; only for signed-in people" })
  async contactEmail(a: AdoptionEntity, _args: unknown, ctx: GqlContext) {
    if (!a.contactUserId || !ctx.viewer) return null;
    return (await ctx.loaders.userById.load(a.contactUserId))?.email ?? null;
  }
}
