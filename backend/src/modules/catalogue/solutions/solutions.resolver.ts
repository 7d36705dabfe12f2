import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../../common/context.js';
import { Adoption } from '../adoption/adoption.model.js';
import { ACTIVE_ADOPTION } from '../catalogue.enums.js';
import { FitService } from '../fit/fit.service.js';
import { SolutionFit } from '../fit/fit.model.js';
import { SolutionsArgs } from './solution-filters.js';
import { CreateSolutionInput, UpdateSolutionInput } from './solution.inputs.js';
import type { SolutionEntity } from './solution.entity.js';
import { CapabilityRequirement, ImplementationStep, MaturityPrerequisite, Solution, SolutionConnection } from './solution.model.js';
import { SolutionsService } from './solutions.service.js';

@Resolver(() => Solution)
export class SolutionsResolver {
  constructor(
    private readonly service: SolutionsService,
    private readonly fit: FitService,
  ) {}

  @Query(() => SolutionConnection, { description: 'The Oplossingencatalogus, by name, with facets and Dutch full-text search' })
  solutions(@Args() args: SolutionsArgs) {
    return this.service.list(args);
  }

  @Query(() => Solution, { nullable: true })
  solution(@Args('slug') slug: string) {
    return this.service.bySlug(slug);
  }

  @Mutation(() => Solution, { description: 'Add a solution to the catalogue (administrators only)' })
  createSolution(@Args('input') input: CreateSolutionInput, @Context() ctx: GqlContext) {
    return this.service.create(ctx.viewer, input);
  }

  @Mutation(() => Solution, { description: 'Change a solution (administrators only)' })
  updateSolution(@Args('input') input: UpdateSolutionInput, @Context() ctx: GqlContext) {
    return this.service.update(ctx.viewer, input);
  }

  @ResolveField(() => [CapabilityRequirement], { description: 'Technical requirements, required first' })
  requirements(s: SolutionEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.requirementsBySolutionId.load(s.id);
  }

  @ResolveField(() => [MaturityPrerequisite], { description: 'Maturity prerequisites' })
  prerequisites(s: SolutionEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.prerequisitesBySolutionId.load(s.id);
  }

  @ResolveField(() => [ImplementationStep], { description: 'Implementation checklist template' })
  async steps(s: SolutionEntity, _args: unknown, ctx: GqlContext) {
    return Promise.all(s.steps.map(async (st) => ({
      title: st.title,
      kind: st.kind,
      description: st.description ?? null,
      capability: st.capabilityKey ? await ctx.loaders.capabilityByKey.load(st.capabilityKey) : null,
    })));
  }

  @ResolveField(() => [Adoption], { description: 'Besturen with a status for this solution, by name (group them by bestuur.region)' })
  adoptions(s: SolutionEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.adoptionsBySolutionId.load(s.id);
  }

  @ResolveField(() => Int, { description: 'Besturen that use it (in implementatie or in gebruik)' })
  async adopterCount(s: SolutionEntity, _args: unknown, ctx: GqlContext) {
    return (await ctx.loaders.adoptionsBySolutionId.load(s.id)).filter((a) => ACTIVE_ADOPTION.includes(a.status)).length;
  }

  @ResolveField(() => SolutionFit, { nullable: true, description: 'How this solution fits a municipality (NIS code), and why' })
  fitFor(@Parent() s: SolutionEntity, @Args('nisCode') nisCode: string, @Context() ctx: GqlContext) {
    return this.fit.loader(ctx).load(`${nisCode}|${s.id}`);
  }
}
