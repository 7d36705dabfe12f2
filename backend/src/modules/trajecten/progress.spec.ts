import { rollup } from './progress.js';
import { MilestoneStatus } from './trajecten.enums.js';

const ms = (weight: number, status: MilestoneStatus) => ({ weight, status });

describe('the milestone roll-up', () => {
  it('is the weighted share of reached milestones', () => {
    expect(rollup([ms(1, MilestoneStatus.BEHAALD), ms(3, MilestoneStatus.BEZIG)])).toBe(25);
    expect(rollup([ms(3, MilestoneStatus.BEHAALD), ms(1, MilestoneStatus.VERTRAAGD)])).toBe(75);
    expect(rollup([ms(2, MilestoneStatus.BEHAALD), ms(2, MilestoneStatus.BEHAALD)])).toBe(100);
  });

  it('rounds to whole percents', () => {
    expect(rollup([ms(1, MilestoneStatus.BEHAALD), ms(1, MilestoneStatus.GEPLAND), ms(1, MilestoneStatus.GEPLAND)])).toBe(33);
    expect(rollup([ms(2, MilestoneStatus.BEHAALD), ms(1, MilestoneStatus.GEPLAND)])).toBe(67);
  });

  it('ignores milestones of weight 0 and is 0 without any weight', () => {
    expect(rollup([ms(0, MilestoneStatus.BEHAALD), ms(1, MilestoneStatus.GEPLAND)])).toBe(0);
    expect(rollup([ms(0, MilestoneStatus.GEPLAND), ms(1, MilestoneStatus.BEHAALD)])).toBe(100);
    expect(rollup([ms(0, MilestoneStatus.BEHAALD)])).toBe(0);
    expect(rollup([])).toBe(0);
  });
});
