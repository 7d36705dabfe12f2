import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsEnum, IsIn, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { PageArgs } from '../../common/pagination.js';
import { FollowLevel, FollowTargetType, NotificationDelivery, NotificationType } from './notifications.enums.js';

const TARGET = { message: 'Onbekend item om te volgen.' };
const LEVEL = { message: 'Kies alles, nieuwe onderwerpen, normaal of gedempt.' };

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only unread notifications' })
  @IsOptional() @IsBoolean()
  unreadOnly?: boolean;
}

@InputType()
export class NotificationIdInput {
  @Field(() => ID) @IsUUID('all', { message: 'Onbekende melding.' }) id: string;
}

@InputType({ description: 'Follow a thread, space, traject or solution, or change the level' })
export class FollowTargetInput {
  @Field(() => FollowTargetType) @IsEnum(FollowTargetType, TARGET) targetType: FollowTargetType;
  @Field(() => ID) @IsUUID('all', TARGET) targetId: string;
  @Field(() => FollowLevel, { nullable: true, description: 'ALLES when left out' })
  @IsOptional() @IsEnum(FollowLevel, LEVEL)
  level?: FollowLevel;
}

@InputType()
export class UnfollowTargetInput {
  @Field(() => FollowTargetType) @IsEnum(FollowTargetType, TARGET) targetType: FollowTargetType;
  @Field(() => ID) @IsUUID('all', TARGET) targetId: string;
}

@ArgsType()
export class FollowStatusArgs {
  @Field(() => FollowTargetType) @IsEnum(FollowTargetType, TARGET) targetType: FollowTargetType;
  @Field(() => ID) @IsUUID('all', TARGET) targetId: string;
}

@ArgsType()
export class MyFollowsArgs extends PageArgs {
  @Field(() => FollowTargetType, { nullable: true, description: 'Only follows of this kind' })
  @IsOptional() @IsEnum(FollowTargetType, TARGET)
  targetType?: FollowTargetType;
}

@InputType()
export class NotificationPreferenceInput {
  @Field(() => NotificationType) @IsEnum(NotificationType, { message: 'Onbekend soort melding.' }) type: NotificationType;
  @Field(() => NotificationDelivery)
  @IsEnum(NotificationDelivery, { message: 'Kies meteen, dagelijks, wekelijks of nooit.' })
  delivery: NotificationDelivery;
}

@InputType({ description: 'E-mail delivery per notification type; types left out keep their setting' })
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput])
  @IsArray() @ArrayMinSize(1, { message: 'Geef minstens één soort melding.' })
  @ArrayMaxSize(Object.keys(NotificationType).length, { message: 'Elk soort melding komt hoogstens één keer voor.' })
  @ValidateNested({ each: true }) @Type(() => NotificationPreferenceInput)
  items: NotificationPreferenceInput[];
}

@ArgsType()
export class DigestPreviewArgs {
  @Field(() => ID) @IsUUID('all', { message: 'Onbekende gebruiker.' }) userId: string;
  @Field(() => NotificationDelivery, { nullable: true, description: 'DAGELIJKS (default) or WEKELIJKS' })
  @IsOptional() @IsIn([NotificationDelivery.DAGELIJKS, NotificationDelivery.WEKELIJKS], { message: 'Kies dagelijks of wekelijks.' })
  frequency?: NotificationDelivery.DAGELIJKS | NotificationDelivery.WEKELIJKS;
}
