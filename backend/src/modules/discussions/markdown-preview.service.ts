import { Injectable } from '@nestjs/common';
import { RateLimitService } from '../../common/rate-limit.service.js';
import { requireViewer, type Viewer } from '../../common/viewer.js';
import { renderMarkdown } from './markdown.js';

/** The editor's "Voorbeeld": the HTML a post would be stored with, rendered and sanitised here. */
@Injectable()
export class MarkdownPreviewService {
  constructor(private readonly limits: RateLimitService) {}

  async render(viewer: Viewer | null, markdown: string): Promise<string> {
    const v = requireViewer(viewer);
    // Rendering and sanitising 20,000 characters costs CPU, and this writes nothing that would limit it.
    await this.limits.consume('markdownPreviewPerAccount', v.user.id);
    return renderMarkdown(markdown);
  }
}
