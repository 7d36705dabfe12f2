import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../../common/context.js';
import { ExportsService } from './exports.service.js';
import { ImportPubliccodeInput, PubliccodeImportReport } from './publiccode.model.js';
import { PubliccodeService } from './publiccode.service.js';

@Resolver(() => PubliccodeImportReport)
export class PubliccodeResolver {
  constructor(
    private readonly publiccode: PubliccodeService,
    private readonly exports: ExportsService,
  ) {}

  @Query(() => String, { nullable: true, description: 'A solution as publiccode.yml (also at GET /exports/oplossingen/:slug/publiccode.yml)' })
  solutionPubliccode(@Args('slug') slug: string) {
    return this.exports.publiccode(slug);
  }

  @Mutation(() => PubliccodeImportReport, { description: 'Create or update solutions from publiccode.yml: dry run first, then commit (administrators only)' })
  importPubliccode(@Args('input') input: ImportPubliccodeInput, @Context() ctx: GqlContext) {
    return this.publiccode.import(ctx.viewer, input);
  }
}
