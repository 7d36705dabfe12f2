import { Args, Context, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import type { GqlContext } from '../../common/context.js';
import { MilestonesService } from './milestones.service.js';
import type { OutcomeIndicatorEntity } from './outcome-indicator.entity.js';
import { IndicatorMeasurement, Milestone, OutcomeIndicator, Traject } from './traject.model.js';
import {
  CreateMilestoneInput, CreateOutcomeIndicatorInput, DeleteMilestoneInput, RecordIndicatorMeasurementInput, UpdateMilestoneInput,
} from './trajecten.inputs.js';

@Resolver(() => OutcomeIndicator)
export class MilestonesResolver {
  constructor(private readonly milestones: MilestonesService) {}

  @Mutation(() => Milestone, { description: 'Add a milestone (leads and administrators)' })
  createMilestone(@Args('input') input: CreateMilestoneInput, @Context() ctx: GqlContext) {
    return this.milestones.create(ctx.viewer, input);
  }

  @Mutation(() => Milestone, { description: 'Change a milestone; the progress roll-up follows (leads and administrators)' })
  updateMilestone(@Args('input') input: UpdateMilestoneInput, @Context() ctx: GqlContext) {
    return this.milestones.update(ctx.viewer, input);
  }

  @Mutation(() => Traject, { description: 'Delete a milestone (leads and administrators)' })
  deleteMilestone(@Args('input') input: DeleteMilestoneInput, @Context() ctx: GqlContext) {
    return this.milestones.delete(ctx.viewer, input);
  }

  @Mutation(() => OutcomeIndicator, { description: 'Add an outcome indicator with its baseline (leads and administrators)' })
  createOutcomeIndicator(@Args('input') input: CreateOutcomeIndicatorInput, @Context() ctx: GqlContext) {
    return this.milestones.createIndicator(ctx.viewer, input);
  }

  @Mutation(() => OutcomeIndicator, { description: 'Record a measured value of an indicator (leads and administrators)' })
  recordIndicatorMeasurement(@Args('input') input: RecordIndicatorMeasurementInput, @Context() ctx: GqlContext) {
    return this.milestones.recordMeasurement(ctx.viewer, input);
  }

  @ResolveField(() => [IndicatorMeasurement], { description: 'Measured values, oldest first' })
  measurements(i: OutcomeIndicatorEntity, _args: unknown, ctx: GqlContext) {
    return ctx.loaders.measurementsByIndicatorId.load(i.id);
  }
}
