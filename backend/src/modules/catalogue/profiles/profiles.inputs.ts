import { ArgsType, Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { IsEnum, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageArgs } from '../../../common/pagination.js';
import { CorrectionStatus, IndicatorAggregation } from '../catalogue.enums.js';

const KEY = { message: 'Een sleutel bestaat uit kleine letters, cijfers en lage streepjes (2 tot 60 tekens).' };
const NIS = { message: 'Onbekende NIS-code.' };
const NUMBER = { message: 'Vul een getal in.' };
const YEAR = { message: 'Vul een jaar tussen 1900 en 2100 in.' };

@InputType({ description: 'Adds an indicator definition, or changes the one with the same key (administrators only)' })
export class SaveIndicatorInput {
  @Field() @IsString(KEY) @Length(2, 60, KEY) @Matches(/^[a-z0-9]+(_[a-z0-9]+)*$/, KEY) key: string;
  @Field() @IsString() @Length(2, 120, { message: 'Een naam telt 2 tot 120 tekens.' }) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(40, { message: 'Hoogstens 40 tekens.' }) unit?: string | null;
  @Field() @IsString() @Length(2, 120, { message: 'Een bron telt 2 tot 120 tekens.' }) source: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }, NUMBER) minValue?: number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }, NUMBER) maxValue?: number | null;
  @Field(() => IndicatorAggregation) @IsEnum(IndicatorAggregation, { message: 'Kies hoe waarden bij een fusie samengaan.' }) aggregation: IndicatorAggregation;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000, { message: 'Hoogstens 2000 tekens.' }) description?: string | null;
}

@InputType({ description: 'A proposal to correct a figure; an administrator accepts or rejects it' })
export class ProposeIndicatorCorrectionInput {
  @Field() @IsString(NIS) @MaxLength(10, NIS) nisCode: string;
  @Field() @IsString() @MaxLength(60, { message: 'Onbekende indicator.' }) indicatorKey: string;
  @Field(() => Int) @IsInt(YEAR) @Min(1900, YEAR) @Max(2100, YEAR) year: number;
  @Field(() => Float) @IsNumber({ allowNaN: false, allowInfinity: false }, NUMBER) value: number;
  @Field() @IsString() @Length(5, 2000, { message: 'Geef in 5 tot 2000 tekens aan waarom.' }) reason: string;
}

@InputType()
export class DecideIndicatorCorrectionInput {
  @Field(() => ID) @IsUUID('all', { message: 'Onbekend voorstel.' }) id: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(2000, { message: 'Hoogstens 2000 tekens.' }) note?: string | null;
}

@ArgsType()
export class IndicatorCorrectionsArgs extends PageArgs {
  @Field(() => CorrectionStatus, { nullable: true, description: 'Only proposals in this state (default: all)' })
  @IsOptional() @IsEnum(CorrectionStatus)
  status?: CorrectionStatus;
}
