import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import { MarkdownPreviewArgs } from './markdown-preview.args.js';
import { MarkdownPreviewService } from './markdown-preview.service.js';

@Resolver()
export class MarkdownPreviewResolver {
  constructor(private readonly preview: MarkdownPreviewService) {}

  @Query(() => String, {
    description: 'The sanitised HTML that Markdown would be stored with as a post (the editor\'s preview; signed-in people, rate limited)',
  })
  markdownPreview(@Args() args: MarkdownPreviewArgs, @Context() ctx: GqlContext) {
    return this.preview.render(ctx.viewer, args.markdown);
  }
}
