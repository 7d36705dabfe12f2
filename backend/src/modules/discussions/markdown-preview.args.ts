import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

// The longest post there is (a thread's opening post), so every post can be previewed.
export const PREVIEW_MAX_LENGTH = 20_000;
const TOO_LONG = { message: 'Te lang voor een voorbeeld: hoogstens 20.000 tekens.' };

@ArgsType()
export class MarkdownPreviewArgs {
  @Field({ description: 'Markdown (GFM) as typed in the editor, up to 20,000 characters' })
  @IsString(TOO_LONG) @MaxLength(PREVIEW_MAX_LENGTH, TOO_LONG)
  markdown: string;
}
