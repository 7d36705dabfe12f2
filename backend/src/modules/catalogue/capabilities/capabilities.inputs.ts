import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';

const KEY = { message: 'Een sleutel bestaat uit kleine letters, cijfers en koppeltekens (2 tot 60 tekens).' };
const NIS = { message: 'Onbekende NIS-code.' };

@InputType({ description: 'Adds a capability to the vocabulary, or renames one with the same key (administrators only)' })
export class SaveCapabilityInput {
  @Field() @IsString(KEY) @Length(2, 60, KEY) @Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, KEY) key: string;
  @Field() @IsString() @Length(2, 120, { message: 'Een naam telt 2 tot 120 tekens.' }) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000, { message: 'Hoogstens 2000 tekens.' }) description?: string | null;
}

@InputType({ description: 'The complete set of capabilities a bestuur has; replaces the earlier set' })
export class SetBestuurCapabilitiesInput {
  @Field() @IsString(NIS) @MaxLength(10, NIS) nisCode: string;
  @Field(() => [String]) @ArrayMaxSize(200, { message: 'Te veel voorzieningen.' }) @IsString({ each: true }) @MaxLength(60, { each: true, message: 'Onbekende voorziening.' })
  capabilityKeys: string[];
}
