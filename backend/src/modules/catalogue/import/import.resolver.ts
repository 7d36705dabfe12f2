import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../../common/context.js';
import { PageArgs } from '../../../common/pagination.js';
import { ContentEncoding, ImportIndicatorsInput, ImportReport, IndicatorImportConnection } from './import.model.js';
import { ImportService } from './import.service.js';

@Resolver(() => ImportReport)
export class ImportResolver {
  constructor(private readonly imports: ImportService) {}

  @Mutation(() => ImportReport, { description: 'Import indicator values from CSV or JSON: dry run first, then commit (administrators only)' })
  importIndicators(@Args('input') input: ImportIndicatorsInput, @Context() ctx: GqlContext) {
    const bytes = input.contentEncoding === ContentEncoding.BASE64 ? Buffer.from(input.content, 'base64') : Buffer.from(input.content, 'utf8');
    return this.imports.importIndicators(ctx.viewer, {
      bytes, fileName: input.fileName ?? null, source: input.source, year: input.year ?? null, dryRun: input.dryRun,
    });
  }

  @Query(() => IndicatorImportConnection, { description: 'Committed indicator imports, newest first (administrators only)' })
  indicatorImports(@Args() args: PageArgs, @Context() ctx: GqlContext) {
    return this.imports.history(ctx.viewer, args);
  }
}
