import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { IsBoolean, IsString, MaxLength } from 'class-validator';
import { ImportSeverity } from '../import/import-issues.js';

@ObjectType({ description: 'A problem in a publiccode.yml file, with its place' })
export class PubliccodeIssue {
  @Field(() => Int, { description: 'Which YAML document of the file (1 = first)' }) document: number;
  @Field(() => Int) line: number;
  @Field(() => Int) column: number;
  @Field({ description: 'e.g. description.nl.shortDescription' }) path: string;
  @Field() message: string;
  @Field(() => ImportSeverity, { description: 'ERROR blocks the import; WARNING does not' }) severity: ImportSeverity;
}

@ObjectType()
export class PubliccodeSolutionResult {
  @Field() slug: string;
  @Field() name: string;
  @Field({ description: 'CREATE or UPDATE' }) action: string;
}

@ObjectType({ description: 'What a publiccode.yml import did, or would do (dry run)' })
export class PubliccodeImportReport {
  @Field() dryRun: boolean;
  @Field() committed: boolean;
  @Field({ description: 'No errors' }) valid: boolean;
  @Field(() => Int) documents: number;
  @Field(() => [PubliccodeIssue], { description: 'By document and line' }) issues: PubliccodeIssue[];
  @Field(() => [PubliccodeSolutionResult]) solutions: PubliccodeSolutionResult[];
}

@InputType({ description: 'One or more publiccode.yml documents (separated by ---)' })
export class ImportPubliccodeInput {
  @Field() @IsString() @MaxLength(1_000_000, { message: 'Het bestand is groter dan 1 MB.' }) content: string;
  @Field({ description: 'true: only validate and report; false: create or update the solutions, all or nothing' })
  @IsBoolean()
  dryRun: boolean;
}
