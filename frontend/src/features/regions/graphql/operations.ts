import { graphql } from '../../../generated';

export const RegionsQuery = graphql(`
  query Regions {
    regions {
      id
      slug
      name
      province
      population
      bestuurCount
      coordinators {
        id
        displayName
      }
    }
  }
`);

export const RegionFieldsFragment = graphql(`
  fragment RegionFields on Region {
    id
    slug
    code
    name
    description
    province
    population
    bestuurCount
    coordinators {
      id
      displayName
      jobTitle
      email
      bestuur {
        id
        name
      }
    }
    besturen {
      id
      nisCode
      code
      name
      population
    }
  }
`);

export const RegionQuery = graphql(`
  query Region($slug: String!) {
    region(slug: $slug) {
      ...RegionFields
    }
  }
`);

export const RegionChangedSubscription = graphql(`
  subscription RegionChanged($slug: String!) {
    regionChanged(slug: $slug) {
      ...RegionFields
    }
  }
`);

export const UpdateRegionMutation = graphql(`
  mutation UpdateRegion($input: UpdateRegionInput!) {
    updateRegion(input: $input) {
      id
      slug
      name
      description
    }
  }
`);

export const BestuurQuery = graphql(`
  query Bestuur($nisCode: String!) {
    bestuur(nisCode: $nisCode) {
      id
      nisCode
      code
      kind
      name
      province
      arrondissement
      population
      region {
        id
        slug
        name
      }
    }
  }
`);
