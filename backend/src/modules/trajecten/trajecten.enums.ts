import { registerEnumType } from '@nestjs/graphql';

export enum TrajectPhase {
  ADOPTEREN = 'ADOPTEREN',
  INNOVEREN = 'INNOVEREN',
}
registerEnumType(TrajectPhase, {
  name: 'TrajectPhase',
  description: 'ADOPTEREN: roll out an existing solution; INNOVEREN: develop something new',
});

export enum Pillar {
  INFORMATIE_ICT_CAPACITEIT = 'INFORMATIE_ICT_CAPACITEIT',
  INTERBESTUURLIJKE_KETENINTEGRATIE = 'INTERBESTUURLIJKE_KETENINTEGRATIE',
  LOKALE_BESTUREN_KETENPARTNER = 'LOKALE_BESTUREN_KETENPARTNER',
}
registerEnumType(Pillar, {
  name: 'Pillar',
  description: 'The programme\'s three pillars: informatie- en ICT-capaciteit, interbestuurlijke ketenintegratie, lokale besturen als volwaardige ketenpartner',
});

export enum TrajectStatus {
  IDEE = 'IDEE',
  VOORBEREIDING = 'VOORBEREIDING',
  PILOOTFASE = 'PILOOTFASE',
  UITROL = 'UITROL',
  AFGEROND = 'AFGEROND',
  GEPAUZEERD = 'GEPAUZEERD',
}
registerEnumType(TrajectStatus, { name: 'TrajectStatus', description: 'Where a traject stands' });

export enum TrajectVisibility {
  PUBLIC = 'PUBLIC',
  MEMBERS = 'MEMBERS',
}
registerEnumType(TrajectVisibility, {
  name: 'TrajectVisibility',
  description: 'PUBLIC: anyone, also in feeds; MEMBERS: only signed-in members, never in feeds',
});

export enum TrajectRole {
  LEAD = 'LEAD',
  MEMBER = 'MEMBER',
}
registerEnumType(TrajectRole, {
  name: 'TrajectRole',
  description: 'LEAD (trekker): manages the traject and its team; MEMBER: team member who publishes updates',
});

export enum ProgressMode {
  ROLLUP = 'ROLLUP',
  MANUAL = 'MANUAL',
}
registerEnumType(ProgressMode, {
  name: 'ProgressMode',
  description: 'ROLLUP: weighted share of reached milestones; MANUAL: set by a lead, with a reason',
});

export enum MilestoneStatus {
  GEPLAND = 'GEPLAND',
  BEZIG = 'BEZIG',
  BEHAALD = 'BEHAALD',
  VERTRAAGD = 'VERTRAAGD',
}
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus', description: 'gepland, bezig, behaald, vertraagd' });

export enum ProgressUpdateStatus {
  DRAFT = 'DRAFT',
  SCHEDULED = 'SCHEDULED',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(ProgressUpdateStatus, { name: 'ProgressUpdateStatus', description: 'draft → scheduled → published' });

export enum SubscriptionLevel {
  DEELNEMEN = 'DEELNEMEN',
  VOLGEN = 'VOLGEN',
}
registerEnumType(SubscriptionLevel, {
  name: 'SubscriptionLevel',
  description: 'DEELNEMEN: I want my bestuur to take part (a request the team decides); VOLGEN: keep me informed',
});

export enum ParticipationStatus {
  PENDING = 'PENDING',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}
registerEnumType(ParticipationStatus, { name: 'ParticipationStatus', description: 'State of a request to take part' });

export enum RolloutStatus {
  NIET_BETROKKEN = 'NIET_BETROKKEN',
  GEINTERESSEERD = 'GEINTERESSEERD',
  DEELNEMER = 'DEELNEMER',
  LIVE = 'LIVE',
}
registerEnumType(RolloutStatus, {
  name: 'RolloutStatus',
  description: 'Where a municipality stands in a traject: not involved, interested, participant/pilot, live',
});

export enum TrajectEventType {
  TRAJECT_UPDATED = 'TRAJECT_UPDATED',
  PROGRESS_CHANGED = 'PROGRESS_CHANGED',
  MILESTONE_CHANGED = 'MILESTONE_CHANGED',
  MILESTONE_REACHED = 'MILESTONE_REACHED',
  UPDATE_PUBLISHED = 'UPDATE_PUBLISHED',
  UPDATE_EDITED = 'UPDATE_EDITED',
  PARTICIPATION_REQUESTED = 'PARTICIPATION_REQUESTED',
  PARTICIPATION_DECIDED = 'PARTICIPATION_DECIDED',
  SUBSCRIPTIONS_CHANGED = 'SUBSCRIPTIONS_CHANGED',
  TEAM_CHANGED = 'TEAM_CHANGED',
  ROLLOUT_CHANGED = 'ROLLOUT_CHANGED',
  INDICATOR_CHANGED = 'INDICATOR_CHANGED',
}
registerEnumType(TrajectEventType, { name: 'TrajectEventType', description: 'What changed in a traject' });
