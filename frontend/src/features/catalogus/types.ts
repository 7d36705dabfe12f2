import type { CatalogusFitFragment, CatalogusSolutionQuery } from '../../generated/graphql';

export type SolutionDetailData = NonNullable<CatalogusSolutionQuery['solution']>;
export type SolutionAdoption = SolutionDetailData['adoptions'][number];
export type Fit = CatalogusFitFragment;
