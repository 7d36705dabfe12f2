import { Field, GraphQLISODateTime, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, Length, Max, MaxLength, Min } from 'class-validator';
import { Connection } from '../../../common/pagination.js';
import { ImportIssueKind, ImportSeverity } from './import-issues.js';

export enum ContentEncoding {
  TEXT = 'TEXT',
  BASE64 = 'BASE64',
}
registerEnumType(ContentEncoding, { name: 'ContentEncoding', description: 'TEXT: the file as a string; BASE64: its bytes, e.g. for a Windows-1252 file' });

@ObjectType()
export class ImportIssue {
  @Field(() => ImportIssueKind) kind: ImportIssueKind;
  @Field(() => ImportSeverity) severity: ImportSeverity;
  @Field(() => String, { nullable: true, description: 'The column it concerns' }) column: string | null;
  @Field({ description: 'What is wrong or what was done, in Dutch' }) message: string;
}

@ObjectType({ description: 'One row of the file that needs attention' })
export class ImportRowReport {
  @Field(() => Int, { description: 'CSV: line number (the header is line 1); JSON: position in the list (1 = first)' }) line: number;
  @Field(() => String, { nullable: true, description: 'NIS code as given in the file' }) nisCode: string | null;
  @Field(() => String, { nullable: true, description: 'The municipality the row counts for (after a merger)' }) bestuurName: string | null;
  @Field(() => String, { nullable: true, description: 'Set when the NIS code was mapped through a merger' }) mappedToNisCode: string | null;
  @Field(() => ImportSeverity, { description: 'The most serious of its issues' }) severity: ImportSeverity;
  @Field(() => [ImportIssue]) issues: ImportIssue[];
}

@ObjectType({ description: 'What an indicator import did, or would do (dry run)' })
export class ImportReport {
  @Field() dryRun: boolean;
  @Field({ description: 'The values were written' }) committed: boolean;
  @Field({ description: 'This file was imported before with the same source and year; nothing changed' }) alreadyImported: boolean;
  @Field(() => ID, { nullable: true }) importId: string | null;
  @Field({ description: 'SHA-256 of the file' }) fileHash: string;
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field() source: string;
  @Field(() => Int, { nullable: true, description: 'The year given with the import (a year column overrides it per row)' }) year: number | null;
  @Field(() => [Int], { description: 'Years of the values' }) years: number[];
  @Field({ description: 'CSV or JSON' }) format: string;
  @Field({ description: 'WIDE (one column per indicator) or LONG (nis, indicator, waarde, jaar)' }) shape: string;
  @Field({ description: 'UTF-8, UTF-8 met BOM or Windows-1252' }) encoding: string;
  @Field(() => String, { nullable: true, description: 'The CSV delimiter found' }) delimiter: string | null;
  @Field({ description: 'The decimal separator found' }) decimalSeparator: string;
  @Field(() => [String], { description: 'Indicators found in the file' }) indicators: string[];
  @Field(() => [String], { description: 'Columns that are not an indicator and were left aside' }) ignoredColumns: string[];
  @Field(() => Int) rowCount: number;
  @Field(() => Int) okRowCount: number;
  @Field(() => Int, { description: 'Rows with an error: the commit is refused while there are any' }) errorRowCount: number;
  @Field(() => Int) warningRowCount: number;
  @Field(() => Int, { description: 'Values to write, after merger mapping' }) valueCount: number;
  @Field(() => Int) newCount: number;
  @Field(() => Int) changedCount: number;
  @Field(() => Int) unchangedCount: number;
  @Field(() => Int, { description: 'Values left out (warnings)' }) skippedCount: number;
  @Field(() => [ImportRowReport], { description: 'Rows with an issue, in file order (at most 1000)' }) rows: ImportRowReport[];
  @Field({ description: 'More rows had issues than are listed' }) rowsTruncated: boolean;
}

@ObjectType({ description: 'A committed import of indicator values' })
export class IndicatorImport {
  @Field(() => ID) id: string;
  @Field() source: string;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => [Int]) years: number[];
  @Field(() => String, { nullable: true }) fileName: string | null;
  @Field() fileHash: string;
  @Field() format: string;
  @Field({ description: 'WEB, CLI or DEMO' }) via: string;
  @Field({ description: 'Who ran it' }) runBy: string;
  @Field(() => Int) valueCount: number;
  @Field(() => Int) newCount: number;
  @Field(() => Int) changedCount: number;
  @Field(() => Int) unchangedCount: number;
  @Field(() => GraphQLISODateTime) createdAt: Date;
}

@ObjectType()
export class IndicatorImportConnection extends Connection(IndicatorImport, 'Committed imports, newest first') {}

const YEAR = { message: 'Vul een jaar tussen 1900 en 2100 in.' };

@InputType({ description: 'An indicator file sent through GraphQL (up to about 1.5 MB; larger files go to POST /imports/indicators)' })
export class ImportIndicatorsInput {
  @Field({ description: 'The file, as text or base64' }) @IsString() @MaxLength(2_000_000, { message: 'Het bestand is te groot voor dit formulier; gebruik de upload.' }) content: string;
  @Field(() => ContentEncoding, { nullable: true, defaultValue: ContentEncoding.TEXT }) @IsOptional() @IsEnum(ContentEncoding) contentEncoding?: ContentEncoding;
  @Field(() => String, { nullable: true, description: 'e.g. imonitor-2016.csv; .json or .csv decides the format' })
  @IsOptional() @IsString() @MaxLength(200, { message: 'Hoogstens 200 tekens.' }) fileName?: string | null;
  @Field({ description: 'e.g. I-Monitor' }) @IsString() @Length(2, 120, { message: 'Een bron telt 2 tot 120 tekens.' }) source: string;
  @Field(() => Int, { nullable: true, description: 'Year of the values, unless the file has a year column' })
  @IsOptional() @IsInt(YEAR) @Min(1900, YEAR) @Max(2100, YEAR) year?: number | null;
  @Field({ description: 'true: only report; false: write, all or nothing' }) @IsBoolean() dryRun: boolean;
}
